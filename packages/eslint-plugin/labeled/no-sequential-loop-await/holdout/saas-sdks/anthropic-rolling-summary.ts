// case: a long transcript is summarized chunk by chunk, each call refining the summary so far
// category: saas-sdks
// why: every call receives `summary`, the text the previous iteration produced; the iterations are
//      a chain, not independent reads
import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

export async function summarizeTranscript(chunks: string[]): Promise<string> {
  let summary = '';
  for (const [index, chunk] of chunks.entries()) {
    const message = await anthropic.messages.create({
      model: 'claude-sonnet-4-5',
      max_tokens: 1024,
      system: 'You maintain a running summary of a meeting transcript. Keep it under 300 words.',
      messages: [
        {
          role: 'user',
          content: `Summary so far:\n${summary || '(none)'}\n\nPart ${index + 1} of ${chunks.length}:\n${chunk}`,
        },
      ],
    });
    const block = message.content[0];
    summary = block?.type === 'text' ? block.text : summary;
  }
  return summary;
}
