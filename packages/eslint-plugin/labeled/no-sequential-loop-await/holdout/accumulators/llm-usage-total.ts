// case: a translation job translates each UI string with Claude and reports the total tokens spent
// category: accumulators
// why: the usage counters only sum what the responses report; no call receives them and no iteration
//      decides anything from them, so the translations are independent reads
import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function translateStrings(strings: Record<string, string>, locale: string) {
  const translated: Record<string, string> = {};
  let inputTokens = 0;
  let outputTokens = 0;

  /*@A*/ for (const [key, source] of Object.entries(strings)) {
    const message = await anthropic.messages.create({
      model: 'claude-haiku-4-5',
      max_tokens: 256,
      system: `Translate UI text to ${locale}. Keep placeholders like {name} unchanged. Reply with the translation only.`,
      messages: [{ role: 'user', content: source }],
    });
    const block = message.content.find((b) => b.type === 'text');
    translated[key] = block?.type === 'text' ? block.text.trim() : source;
    inputTokens += message.usage.input_tokens;
    outputTokens += message.usage.output_tokens;
  }

  console.log(`translated ${Object.keys(translated).length} strings (${inputTokens} in / ${outputTokens} out)`);
  return translated;
}
