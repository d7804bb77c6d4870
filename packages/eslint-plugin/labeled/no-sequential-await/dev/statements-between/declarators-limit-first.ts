// case: one const declaration holds a limit and then two awaited reads that use it
// category: statements-between
// why: `limit` is declared before both reads, and the feed read uses the limit but not the user;
//      the two awaited declarators are consecutive and independent
import { getFeed, getUser } from '../data';

export async function profileFeed(id: string) {
  const limit = 20,
    user = /*@A*/ await getUser(id),
    feed = /*@A*/ await getFeed(id, { limit });
  return {
    user,
    items: feed.items,
    hasMore: feed.items.length === limit,
  };
}
