// case: a link checker crawls a local preview site breadth-first, then checks every external link with HEAD
// category: http-clients
// why: the crawl loop iterates `queue` while its body pushes new URLs into it, and it both checks and
//      fills the `visited` Set: iterations depend on each other. The second loop goes over the `external`
//      Set, complete before it starts; each iteration sends a HEAD for its own link and only pushes to
//      `broken`, so all checks can run together.
import * as cheerio from 'cheerio';

const start = new URL(process.argv[2] ?? 'http://localhost:4321/');
const queue = [start.href];
const visited = new Set();
const external = new Set();
const broken = [];

for (const url of queue) {
  if (visited.has(url)) continue;
  visited.add(url);
  const res = await fetch(url);
  if (!res.ok) {
    broken.push({ url, status: res.status, from: 'crawl' });
    continue;
  }
  if (!res.headers.get('content-type')?.includes('text/html')) continue;
  const $ = cheerio.load(await res.text());
  $('a[href]').each((_, el) => {
    const href = new URL($(el).attr('href'), url);
    href.hash = '';
    if (href.origin === start.origin) queue.push(href.href);
    else if (href.protocol.startsWith('http')) external.add(href.href);
  });
}

/*@A*/ for (const link of external) {
  const res = await fetch(link, { method: 'HEAD', redirect: 'follow', signal: AbortSignal.timeout(10_000) }).catch(
    (error) => ({ ok: false, status: error.name }),
  );
  if (!res.ok) broken.push({ url: link, status: res.status, from: 'external' });
}

if (broken.length) {
  console.table(broken);
  process.exitCode = 1;
} else {
  console.log(`checked ${visited.size} pages and ${external.size} external links`);
}
