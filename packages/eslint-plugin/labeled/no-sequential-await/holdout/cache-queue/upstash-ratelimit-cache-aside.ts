// case: an AI summary route rate-limits by IP, returns a cached summary if present, else generates and caches it
// category: cache-queue
// why: ratelimit.limit is a guard that must pass first; the cache read ends in an early return; the model
//      call only runs on a miss, and the set is awaited for its effect, so no two awaits are a group
import { openai } from '@ai-sdk/openai';
import { Ratelimit } from '@upstash/ratelimit';
import { Redis } from '@upstash/redis';
import { generateText } from 'ai';

const redis = Redis.fromEnv();
const ratelimit = new Ratelimit({ redis, limiter: Ratelimit.slidingWindow(10, '1 m'), prefix: 'rl:summary' });

export async function POST(req: Request) {
  const ip = req.headers.get('x-forwarded-for')?.split(',')[0] ?? 'anon';
  const { success, reset } = await ratelimit.limit(ip);
  if (!success) return new Response('slow down', { status: 429, headers: { 'retry-after': String(reset) } });

  const { url } = (await req.json()) as { url: string };
  const key = `summary:${url}`;

  const cached = await redis.get<string>(key);
  if (cached) return Response.json({ summary: cached, cached: true });

  const { text } = await generateText({ model: openai('gpt-4.1-mini'), prompt: `Summarize the page at ${url}` });
  await redis.set(key, text, { ex: 60 * 60 * 24 });

  return Response.json({ summary: text, cached: false });
}
