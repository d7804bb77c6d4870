// case: a Next.js route uses the Vercel AI SDK to answer a question and embed it for analytics
// category: saas-sdks
// why: generateText and embed both read the question only and neither uses the other; the insert
//      that stores both is a write awaited for its effect
import { generateText, embed } from 'ai';
import { openai } from '@ai-sdk/openai';
import { db } from '@/lib/db';
import { questions } from '@/lib/schema';

export async function POST(req: Request) {
  const { question } = (await req.json()) as { question: string };

  const { text } = /*@A*/ await generateText({
    model: openai('gpt-4o-mini'),
    system: 'Answer in plain language, at most 120 words.',
    prompt: question,
  });
  const { embedding } = /*@A*/ await embed({
    model: openai.embedding('text-embedding-3-small'),
    value: question,
  });

  await db.insert(questions).values({ question, answer: text, embedding });
  return Response.json({ answer: text });
}
