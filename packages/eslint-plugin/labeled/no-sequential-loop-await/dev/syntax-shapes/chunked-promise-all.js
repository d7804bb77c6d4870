// case: a thumbnail audit checks image URLs ten at a time
// category: syntax-shapes
// why: not reported: the body already batches with Promise.all over a slice; the outer index loop
//      is the intended concurrency limit, not sequential per-item work
export async function brokenImages(urls) {
  const broken = [];
  for (let i = 0; i < urls.length; i += 10) {
    const slice = urls.slice(i, i + 10);
    const results = await Promise.all(slice.map((url) => fetch(url, { method: 'HEAD' }).then((r) => r.ok)));
    results.forEach((ok, j) => {
      if (!ok) broken.push(slice[j]);
    });
  }
  return broken;
}
