// case: a feed reader fetches each feed through a helper that remembers the last ETag it saw
// category: local-helpers
// why: not reported: fetchIfChanged reads and then writes the module-level `lastEtag`, which the
//      next call sends as If-None-Match; each iteration depends on what the previous one stored
let lastEtag: string | null = null;

async function fetchIfChanged(url: string) {
  const res = await fetch(url, { headers: lastEtag ? { 'If-None-Match': lastEtag } : {} });
  lastEtag = res.headers.get('etag');
  return res.status === 304 ? null : await res.text();
}

export async function pollMirrors(mirrorUrls: string[]) {
  const bodies: string[] = [];
  for (const url of mirrorUrls) {
    const body = await fetchIfChanged(url);
    if (body !== null) bodies.push(body);
  }
  return bodies;
}
