// case: an edge route reads a post's view count, reactions and tags from Upstash Redis
// category: cache-queue
// why: get, hgetall and smembers read three keys of the same slug over REST and none uses another's
//      reply, so they are one group
import { Redis } from '@upstash/redis';

const redis = Redis.fromEnv();

export const runtime = 'edge';

export async function GET(_req: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;

  const views = (/*@A*/ await redis.get<number>(`pageviews:${slug}`)) ?? 0;
  const reactions = (/*@A*/ await redis.hgetall<Record<string, number>>(`reactions:${slug}`)) ?? {};
  const tags = /*@A*/ await redis.smembers(`tags:${slug}`);

  return Response.json({ slug, views, reactions, tags });
}
