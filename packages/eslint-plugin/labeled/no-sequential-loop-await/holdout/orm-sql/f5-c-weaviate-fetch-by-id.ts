// case: a "saved articles" endpoint fetches each bookmarked article object from Weaviate by id
// category: orm-sql
// why: the loop runs over the id array loaded before it; each fetchObjectById only reads its own
//      object, a missing one is skipped with continue (not an exit) and found ones are pushed, so
//      all fetches could start together
import type { WeaviateClient } from 'weaviate-client';
import { bookmarks } from './bookmarks';

type ArticleProps = { title: string; url: string; summary: string };

export async function savedArticles(client: WeaviateClient, userId: string) {
  const ids: string[] = await bookmarks.idsFor(userId);
  const articles = client.collections.get<ArticleProps>('Article');
  const items: Array<ArticleProps & { id: string }> = [];

  /*@A*/ for (const id of ids) {
    const obj = await articles.query.fetchObjectById(id, {
      returnProperties: ['title', 'url', 'summary'],
    });
    if (!obj) continue;
    items.push({ id, ...obj.properties });
  }

  return { userId, count: items.length, items };
}
