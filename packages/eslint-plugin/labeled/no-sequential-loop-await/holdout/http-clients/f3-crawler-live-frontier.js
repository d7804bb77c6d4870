// case: a docs link crawler iterates a generator that drains a live frontier array the body keeps pushing to
// category: http-clients
// why: the for...of is over a generator, not a collection that exists before the loop; each fetched page
//      pushes new links into `frontier`, so which URLs are visited depends on earlier iterations
const frontier = [];
const visited = new Map();

function* drain(queue) {
  while (queue.length > 0) yield queue.shift();
}

function linksIn(html, base) {
  const out = [];
  for (const match of html.matchAll(/href="([^"#]+)"/g)) {
    const url = new URL(match[1], base);
    if (url.origin === new URL(base).origin) out.push(url.href);
  }
  return out;
}

export async function crawl(startUrl, limit = 500) {
  frontier.push(startUrl);
  for (const url of drain(frontier)) {
    if (visited.has(url) || visited.size >= limit) continue;
    const res = await fetch(url, { headers: { accept: 'text/html' } });
    visited.set(url, res.status);
    if (!res.ok) continue;
    for (const link of linksIn(await res.text(), url)) {
      if (!visited.has(link)) frontier.push(link);
    }
  }
  return visited;
}
