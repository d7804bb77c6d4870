// case: a crawler fetches each sitemap URL of a partner site with a pause between requests
// category: http-clients
// why: not reported: the request is a read, but the loop waits 250 ms after each one on purpose
//      (timers/promises setTimeout), pacing that a Promise.all rewrite would remove
import { request } from 'undici';
import { setTimeout as sleep } from 'node:timers/promises';

export async function crawl(urls: string[]) {
  const pages: { url: string; status: number; html: string }[] = [];
  for (const url of urls) {
    const { statusCode, body } = await request(url, { headers: { 'user-agent': 'partner-sync/1.4' } });
    pages.push({ url, status: statusCode, html: await body.text() });
    await sleep(250);
  }
  return pages;
}
