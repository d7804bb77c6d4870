// case: a LangGraph agent loads the user's profile, runs one turn on a thread and reads the thread's checkpoint
// category: saas-sdks
// why: invoke needs the profile for its system prompt and writes a checkpoint to the thread; getState reads
//      that same thread right after, so the awaits stay in order
import { ChatAnthropic } from '@langchain/anthropic';
import { MemorySaver } from '@langchain/langgraph';
import { createReactAgent } from '@langchain/langgraph/prebuilt';
import { searchDocs, createTicket } from './tools';
import { prisma } from '@/lib/prisma';

const agent = createReactAgent({
  llm: new ChatAnthropic({ model: 'claude-sonnet-4-5', temperature: 0 }),
  tools: [searchDocs, createTicket],
  checkpointSaver: new MemorySaver(),
});

export async function chatTurn(userId: string, threadId: string, text: string) {
  const config = { configurable: { thread_id: threadId } };
  const profile = await prisma.user.findUniqueOrThrow({ where: { id: userId } });

  const result = await agent.invoke(
    {
      messages: [
        { role: 'system', content: `The user is ${profile.name} on the ${profile.plan} plan.` },
        { role: 'user', content: text },
      ],
    },
    config,
  );
  const snapshot = await agent.getState(config);

  return {
    reply: result.messages.at(-1)?.content,
    pending: snapshot.next,
    turns: snapshot.values.messages.length,
  };
}
