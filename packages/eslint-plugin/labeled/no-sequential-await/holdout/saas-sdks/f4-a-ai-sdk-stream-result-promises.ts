// case: a chat module streams with the AI SDK in a POST handler, and a support-inbox helper drains a stream, then awaits the result's text, usage and finish reason
// category: saas-sdks
// why: nothing to group: auth() is a guard before the body is read; streamText() is not awaited; in
//      onFinish both awaits are discarded writes; in the tool the json read depends on the fetch; in
//      draftReply the text/usage/finishReason awaits are properties of a stream result that is already
//      running (no new work), after the for-await has consumed it
import { convertToModelMessages, stepCountIs, streamText, tool, type UIMessage } from 'ai';
import { openai } from '@ai-sdk/openai';
import { z } from 'zod';
import { auth } from '@/auth';
import { appendDraftChunk, recordUsage, saveAssistantMessage } from '@/lib/chat-store';

export const maxDuration = 30;

export async function POST(req: Request) {
  const session = await auth();
  if (!session?.user?.id) {
    return new Response('Unauthorized', { status: 401 });
  }
  const userId = session.user.id;
  const { messages, chatId }: { messages: UIMessage[]; chatId: string } = await req.json();

  const result = streamText({
    model: openai('gpt-4.1'),
    system: 'You are a concise travel assistant.',
    messages: convertToModelMessages(messages),
    stopWhen: stepCountIs(4),
    tools: {
      weather: tool({
        description: 'Current weather for a city',
        inputSchema: z.object({ latitude: z.number(), longitude: z.number() }),
        execute: async ({ latitude, longitude }) => {
          const res = await fetch(
            `https://api.open-meteo.com/v1/forecast?latitude=${latitude}&longitude=${longitude}&current=temperature_2m,weather_code`,
          );
          return (await res.json()).current;
        },
      }),
    },
    onFinish: async ({ text, totalUsage }) => {
      await saveAssistantMessage(chatId, text);
      await recordUsage(userId, totalUsage.totalTokens ?? 0);
    },
  });

  return result.toUIMessageStreamResponse();
}

export async function draftReply(ticketId: string, thread: string) {
  const result = streamText({
    model: openai('gpt-4.1-mini'),
    system: 'Draft a friendly support reply.',
    prompt: thread,
  });

  for await (const delta of result.textStream) {
    await appendDraftChunk(ticketId, delta);
  }

  const text = await result.text;
  const usage = await result.usage;
  const finishReason = await result.finishReason;

  return { text, tokens: usage.totalTokens, truncated: finishReason === 'length' };
}
