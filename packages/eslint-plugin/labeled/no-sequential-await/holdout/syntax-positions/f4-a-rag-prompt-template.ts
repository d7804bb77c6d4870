// case: a RAG answer function builds its prompt with awaits inside a template literal, and a sidebar helper passes two Redis reads as call arguments
// category: syntax-positions
// why: the cache lookup decides the early return, so it stays first; in the template the vector
//      retrieval and the profile-summary hget only use the inputs: group A; generateText needs the
//      prompt, the set is a discarded write, and the fallback on the right of ?? is conditional; in
//      sidebar the lrange and smembers arguments read two keys: group B, with the conditional greeting
//      (a ? : branch) left out
import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';
import { Index } from '@upstash/vector';
import { Redis } from '@upstash/redis';
import { createHash } from 'node:crypto';
import { defaultGreeting, renderSidebar } from './sidebar';

const index = new Index<{ text: string; source: string }>();
const redis = Redis.fromEnv();

const keyFor = (question: string) => `answer:${createHash('sha256').update(question.trim().toLowerCase()).digest('hex')}`;

async function retrievePassages(question: string) {
  const hits = await index.query({ data: question, topK: 6, includeMetadata: true });
  return hits.map((hit) => `- (${hit.metadata?.source}) ${hit.metadata?.text}`).join('\n');
}

export async function answer(userId: string, question: string) {
  const cached = await redis.get<string>(keyFor(question));
  if (cached) return cached;

  const prompt = `Answer using only the passages below. Cite sources in parentheses.

Passages:
${/*@A*/ await retrievePassages(question)}

About the user:
${(/*@A*/ await redis.hget<string>(`profile:${userId}`, 'summary')) ?? 'nothing known'}

Question: ${question}`;

  const { text } = await generateText({ model: openai('gpt-4.1-mini'), prompt });
  await redis.set(keyFor(question), text, { ex: 60 * 60 });

  const title = (await redis.get<string>(`title:${userId}`)) ?? (await generateTitle(question));
  return `${title}\n\n${text}`;
}

async function generateTitle(question: string) {
  const { text } = await generateText({ model: openai('gpt-4.1-nano'), prompt: `Six-word title for: ${question}` });
  return text;
}

export async function sidebar(userId: string, displayName: string | null) {
  const greeting = displayName ? `Welcome back, ${displayName}` : await defaultGreeting(userId);
  return renderSidebar(
    greeting,
    /*@B*/ await redis.lrange<string>(`recent-questions:${userId}`, 0, 9),
    /*@B*/ await redis.smembers(`saved-answers:${userId}`),
  );
}
