// case: a CI check measures the token size of every registered prompt template and sums them
// category: accumulators
// why: the template list exists before the loop; each iteration asks the token-counting endpoint
//      about its own template (a read); the running total, the size record and the oversized list
//      are only written after each answer and never passed to a later call
import Anthropic from '@anthropic-ai/sdk';
import { prompts } from '../src/prompts/registry';

const anthropic = new Anthropic();
const MODEL = 'claude-sonnet-4-5';

export async function measurePrompts(limitPerPrompt = 6_000) {
  let total = 0;
  const oversized: string[] = [];
  const sizes: Record<string, number> = {};
  /*@A*/ for (const prompt of Object.values(prompts)) {
    const { input_tokens } = await anthropic.messages.countTokens({
      model: MODEL,
      system: prompt.system,
      messages: [{ role: 'user', content: prompt.example }],
    });
    sizes[prompt.name] = input_tokens;
    total += input_tokens;
    if (input_tokens > limitPerPrompt) oversized.push(prompt.name);
  }
  console.table(sizes);
  console.log(`total: ${total} tokens across ${Object.keys(sizes).length} prompts`);
  return { total, oversized };
}
