// case: a Payload CMS helper loads a post with the local API, then each related post by id
// category: orm-sql
// why: relatedIds comes from the post before the loop; each iteration is a findByID read of its own
//      id through the local API (no transaction req passed); unpublished ones are simply not pushed,
//      and the loop never breaks or returns, so all lookups can start together
import { getPayload } from 'payload';
import config from '@payload-config';

type RelatedCard = { id: string; title: string; slug: string };

export async function getRelatedPosts(postId: string): Promise<RelatedCard[]> {
  const payload = await getPayload({ config });
  const post = await payload.findByID({ collection: 'posts', id: postId, depth: 0 });

  const relatedIds = (post.relatedPosts ?? []).map((r) => (typeof r === 'string' ? r : r.id));
  const cards: RelatedCard[] = [];

  /*@A*/ for (const id of relatedIds) {
    const doc = await payload.findByID({
      collection: 'posts',
      id,
      depth: 1,
      disableErrors: true,
      select: { title: true, slug: true, _status: true },
    });
    if (doc?._status === 'published') {
      cards.push({ id: String(doc.id), title: doc.title, slug: doc.slug });
    }
  }

  return cards;
}
