// case: a support bot moderates the question with OpenAI, then asks Claude for the answer and a small OpenAI model for a ticket title, and caches both in Upstash
// category: saas-sdks
// why: the moderation call gates everything after it (flagged questions return early), so it is a
//      guard; the Anthropic answer and the OpenAI title both take only the question and read each
//      other's nothing: group A; the hset is a discarded write of both results
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { Redis } from '@upstash/redis';

const openai = new OpenAI();
const anthropic = new Anthropic();
const redis = Redis.fromEnv();

const SUPPORT_PROMPT = `You answer questions about Acme's billing and API. If you are not sure, say so and
suggest contacting support@acme.dev. Never invent prices.`;

export async function answerSupportQuestion(ticketId: string, question: string) {
  const moderation = await openai.moderations.create({
    model: 'omni-moderation-latest',
    input: question,
  });
  if (moderation.results[0]?.flagged) {
    return { ticketId, blocked: true as const };
  }

  const answer = /*@A*/ await anthropic.messages.create({
    model: 'claude-sonnet-4-5',
    max_tokens: 1024,
    system: SUPPORT_PROMPT,
    messages: [{ role: 'user', content: question }],
  });
  const title = /*@A*/ await openai.responses.create({
    model: 'gpt-4.1-nano',
    instructions: 'Write a ticket title of at most six words. Output only the title.',
    input: question,
  });

  const text = answer.content
    .filter((block) => block.type === 'text')
    .map((block) => block.text)
    .join('\n');

  await redis.hset(`ticket:${ticketId}`, {
    answer: text,
    title: title.output_text,
    answeredAt: Date.now(),
  });

  return { ticketId, blocked: false as const, title: title.output_text, answer: text };
}
