// case: a pricing job downloads each supplier's price feed and throws on the first bad response
// category: http-clients
// why: not reported: the GETs are reads, but the body throws as soon as one feed answers with a
//      non-2xx status, a bail-out that the sequential loop relies on to skip the remaining feeds
type Feed = { supplier: string; url: string };

export async function downloadFeeds(feeds: Feed[]) {
  const prices: Record<string, Record<string, number>> = {};
  for (const feed of feeds) {
    const res = await fetch(feed.url, { headers: { Accept: 'application/json' } });
    if (!res.ok) {
      throw new Error(`feed ${feed.supplier} answered ${res.status}`);
    }
    prices[feed.supplier] = (await res.json()) as Record<string, number>;
  }
  return prices;
}
