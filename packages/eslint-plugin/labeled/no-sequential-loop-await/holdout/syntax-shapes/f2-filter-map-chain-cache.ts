// case: a blog index reads the cached view count of each published post from Upstash Redis
// category: syntax-shapes
// why: the loop goes over a `.filter(...).map(...)` chain evaluated before it; each iteration
//      awaits one GET for its own key inside an `??` expression and assigns a property of a local
//      object; no iteration reads another's result
import { Redis } from '@upstash/redis';

const redis = Redis.fromEnv();

type Post = { id: string; slug: string; status: 'draft' | 'published'; publishedAt: string };

export async function withViewCounts(posts: Post[]) {
  const views: { [id: string]: number } = {};
  /*@A*/ for (const id of posts.filter((p) => p.status === 'published').map((p) => p.id)) {
    views[id] = (await redis.get<number>(`views:post:${id}`)) ?? 0;
  }
  return posts
    .filter((p) => p.status === 'published')
    .map((p) => ({ ...p, views: views[p.id] }))
    .sort((a, b) => b.views - a.views);
}
