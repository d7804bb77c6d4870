// case: a chat endpoint moderates the user message first and only then asks for a completion
// category: saas-sdks
// why: the moderation result decides whether the completion runs at all, so the completion is
//      conditional on it; it acts as a guard and the two cannot be gathered
import OpenAI from 'openai';

const openai = new OpenAI();

export async function reply(history: OpenAI.Chat.ChatCompletionMessageParam[], userMessage: string) {
  const moderation = await openai.moderations.create({
    model: 'omni-moderation-latest',
    input: userMessage,
  });
  if (moderation.results[0]?.flagged) {
    return { blocked: true as const, categories: moderation.results[0].categories };
  }

  const completion = await openai.chat.completions.create({
    model: 'gpt-4o',
    messages: [...history, { role: 'user', content: userMessage }],
  });
  return { blocked: false as const, text: completion.choices[0].message.content };
}
