// case: a meeting-notes tool summarizes a long transcript chunk by chunk, carrying the summary
// category: accumulators
// why: not reported: each completion receives the summary produced by the previous iteration, an
//      accumulator passed to the next call, so the chunks must be processed in order
import OpenAI from 'openai';

const openai = new OpenAI();

export async function summarizeTranscript(chunks: string[]) {
  let summary = '';
  for (const chunk of chunks) {
    const completion = await openai.chat.completions.create({
      model: 'gpt-4o-mini',
      messages: [
        { role: 'system', content: 'Update the running summary with the new part of the transcript.' },
        { role: 'user', content: `Summary so far:\n${summary}\n\nNew part:\n${chunk}` },
      ],
    });
    summary = completion.choices[0].message.content ?? summary;
  }
  return summary;
}
