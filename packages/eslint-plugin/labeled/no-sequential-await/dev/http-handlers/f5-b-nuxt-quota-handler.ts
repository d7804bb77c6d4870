// case: a Nuxt 3 server route that checks a per-user quota in Nitro storage before summarising text
// category: http-handlers
// why: requireUserSession is a guard; reading the validated body and reading the quota counter are
//      independent reads (A; useStorage between them is a synchronous lookup that uses neither); the
//      quota check then throws, setItem is a discarded write, and the $fetch uses the body after it
import { z } from 'zod';

const bodySchema = z.object({ text: z.string().min(20).max(20_000), tone: z.enum(['short', 'detailed']) });
const DAILY_LIMIT = 25;

export default defineEventHandler(async (event) => {
  const { user } = await requireUserSession(event);

  const body = /*@A*/ await readValidatedBody(event, bodySchema.parse);
  const storage = useStorage('redis');
  const used = /*@A*/ await storage.getItem<number>(`quota:summaries:${user.id}`);

  if ((used ?? 0) >= DAILY_LIMIT) {
    throw createError({ statusCode: 429, statusMessage: 'Daily summary limit reached' });
  }
  await storage.setItem(`quota:summaries:${user.id}`, (used ?? 0) + 1, { ttl: 60 * 60 * 24 });

  const summary = await $fetch<{ text: string }>('/api/internal/summarize', {
    method: 'POST',
    body: { text: body.text, tone: body.tone },
  });

  return { summary: summary.text, remaining: DAILY_LIMIT - (used ?? 0) - 1 };
});
