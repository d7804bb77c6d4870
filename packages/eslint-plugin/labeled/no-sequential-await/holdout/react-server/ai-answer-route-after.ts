// case: a Next.js route handler asks the AI SDK for an answer and a short thread title, and saves both in after()
// category: react-server
// why: the two generateText calls take only the question from the body and nothing of each other (group A);
//      the awaits inside the after() callback belong to another function and are writes in order
import { openai } from '@ai-sdk/openai';
import { generateText } from 'ai';
import { eq } from 'drizzle-orm';
import { after } from 'next/server';
import { db } from '@/db';
import { messages, threads } from '@/db/schema';

export async function POST(req: Request) {
  const { question, threadId } = (await req.json()) as { question: string; threadId: string };

  const { text: answer, usage } = /*@A*/ await generateText({
    model: openai('gpt-4.1'),
    system: 'You are a concise support agent for Acme Cloud.',
    prompt: question,
  });
  const { text: title } = /*@A*/ await generateText({
    model: openai('gpt-4.1-nano'),
    prompt: `Write a title of at most five words for this question: ${question}`,
  });

  after(async () => {
    await db.insert(messages).values({ threadId, role: 'assistant', content: answer });
    await db.update(threads).set({ title }).where(eq(threads.id, threadId));
  });

  return Response.json({ answer, title, tokens: usage.totalTokens });
}
