// case: an eval harness plays a scripted multi-turn conversation against Claude
// category: accumulators
// why: each turn's request sends the whole `messages` history, which holds the assistant replies
//      of the earlier iterations: the accumulator feeds the next call, so turn n needs turn n-1
import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function runScript(system: string, userTurns: string[]) {
  const messages: Anthropic.MessageParam[] = [];
  const transcript: { user: string; assistant: string; ms: number }[] = [];
  for (const turn of userTurns) {
    messages.push({ role: 'user', content: turn });
    const started = performance.now();
    const reply = await anthropic.messages.create({
      model: 'claude-sonnet-4-5',
      max_tokens: 1024,
      system,
      messages,
    });
    const text = reply.content.flatMap((block) => (block.type === 'text' ? [block.text] : [])).join('');
    messages.push({ role: 'assistant', content: text });
    transcript.push({ user: turn, assistant: text, ms: Math.round(performance.now() - started) });
  }
  return transcript;
}
