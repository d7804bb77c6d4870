// case: a docs link checker crawls same-site pages, appending the links it discovers to its queue
// category: http-clients
// why: the loop iterates `queue` while the body pushes newly found URLs onto it, and `seen` is
//      checked and filled: which pages get fetched depends on earlier iterations' responses
import ky from 'ky';

const LINK = /href="([^"#]+)"/g;

export async function findBrokenLinks(start: string, limit = 300) {
  const origin = new URL(start).origin;
  const queue = [start];
  const seen = new Set(queue);
  const broken: string[] = [];
  for (const url of queue) {
    const res = await ky.get(url, { throwHttpErrors: false, timeout: 10_000 });
    if (!res.ok) {
      broken.push(`${res.status} ${url}`);
      continue;
    }
    const html = await res.text();
    for (const [, href] of html.matchAll(LINK)) {
      const next = new URL(href, url).toString();
      if (!next.startsWith(origin) || seen.has(next) || seen.size >= limit) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return broken;
}
