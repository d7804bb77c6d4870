// case: a backfill script checks the API's rate limit, then walks a cursor-paginated endpoint with a pause between pages
// category: http-clients
// why: the page loop awaits once per iteration with the next cursor from the previous page, and the sleep
//      is intentional pacing; the rate-limit check feeds the loop's delay, so nothing is a group
import got from 'got';
import { setTimeout as sleep } from 'node:timers/promises';

const api = got.extend({
  prefixUrl: 'https://api.vendor.example/v1',
  headers: { authorization: `Bearer ${process.env.VENDOR_TOKEN}` },
  retry: { limit: 3 },
});

type Page = { items: { id: string; updated_at: string }[]; next_cursor: string | null };

export async function backfill(onItem: (item: Page['items'][number]) => void) {
  const limits = await api.get('rate_limit').json<{ remaining: number; per_minute: number }>();
  const delayMs = Math.ceil(60_000 / Math.max(1, limits.per_minute));

  let cursor: string | null = null;
  do {
    const page: Page = await api
      .get('events', { searchParams: { limit: 200, ...(cursor ? { cursor } : {}) } })
      .json<Page>();
    page.items.forEach(onItem);
    cursor = page.next_cursor;
    await sleep(delayMs);
  } while (cursor);
}
