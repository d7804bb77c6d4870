// case: a batch labeler calls the model per item until the token budget is spent
// category: accumulators
// why: not reported: the running token count decides with break when to stop, so whether an item
//      is processed depends on what earlier iterations used
import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function labelWithinBudget(items: { id: string; text: string }[], budgetTokens: number) {
  let used = 0;
  const labels: Record<string, string> = {};
  for (const item of items) {
    const msg = await anthropic.messages.create({
      model: 'claude-3-5-haiku-latest',
      max_tokens: 20,
      messages: [{ role: 'user', content: `One-word topic for: ${item.text}` }],
    });
    used += msg.usage.input_tokens + msg.usage.output_tokens;
    labels[item.id] = msg.content[0].type === 'text' ? msg.content[0].text : '';
    if (used >= budgetTokens) break;
  }
  return { labels, used };
}
