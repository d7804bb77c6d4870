// case: a sync job walks a partner API page by page until a short page comes back
// category: pagination-retries
// why: not reported: the loop counts pages with no collection behind it and stops with break when
//      a page is short; the number of pages is only known by fetching them in order
import got from 'got';

type Listing = { id: string; updatedAt: string };

export async function fetchAllListings(baseUrl: string, apiKey: string) {
  const all: Listing[] = [];
  for (let page = 1; ; page++) {
    const items = await got
      .get(`${baseUrl}/listings`, { searchParams: { page, per_page: 200 }, headers: { 'x-api-key': apiKey } })
      .json<Listing[]>();
    all.push(...items);
    if (items.length < 200) break;
  }
  return all;
}
