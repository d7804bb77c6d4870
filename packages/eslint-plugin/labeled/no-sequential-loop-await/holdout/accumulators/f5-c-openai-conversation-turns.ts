// case: an eval test plays a scripted multi-turn conversation against the assistant model
// category: accumulators
// why: each chat.completions.create receives the messages array, which holds every earlier turn's
//      user line and the model's reply pushed by the previous iteration, so each turn depends on
//      the one before and the loop must stay sequential
import OpenAI from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { describe, expect, it } from 'vitest';

const openai = new OpenAI();

const script = [
  'I want to move my booking from Friday to Saturday.',
  'Actually make it Sunday, same time.',
  'What did I originally book for?',
];

describe('booking assistant', () => {
  it('remembers the original booking across turns', async () => {
    const messages: ChatCompletionMessageParam[] = [
      { role: 'system', content: 'You are a booking assistant. The user has a table for 4 on Friday at 19:00.' },
    ];

    for (const line of script) {
      messages.push({ role: 'user', content: line });
      const completion = await openai.chat.completions.create({
        model: 'gpt-4o-mini',
        temperature: 0,
        messages,
      });
      messages.push({ role: 'assistant', content: completion.choices[0].message.content ?? '' });
    }

    const last = messages[messages.length - 1].content as string;
    expect(last.toLowerCase()).toContain('friday');
  }, 60_000);
});
