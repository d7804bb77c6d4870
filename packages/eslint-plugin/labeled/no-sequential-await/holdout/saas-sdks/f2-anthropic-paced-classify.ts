// case: a support tool asks Claude for a ticket's category and then its sentiment, sleeping between the calls
// category: saas-sdks
// why: the two messages.create calls are independent reads, but the sleep between them is deliberate
//      pacing for a rate-limited key shared with a nightly job; it is a discarded await, so nothing
//      groups across it
import Anthropic from '@anthropic-ai/sdk';
import { setTimeout as sleep } from 'node:timers/promises';

const anthropic = new Anthropic();
// the tier-1 key allows about 50 requests a minute and the nightly backfill uses most of them
const PACE_MS = 1_500;

function textOf(message: Anthropic.Message) {
  const block = message.content[0];
  return block?.type === 'text' ? block.text.trim() : '';
}

export async function triageTicket(ticket: { subject: string; body: string }) {
  const category = await anthropic.messages.create({
    model: 'claude-sonnet-4-5',
    max_tokens: 20,
    messages: [
      { role: 'user', content: `One word (billing, bug, account, other) for:\n${ticket.subject}\n${ticket.body}` },
    ],
  });

  await sleep(PACE_MS);

  const sentiment = await anthropic.messages.create({
    model: 'claude-sonnet-4-5',
    max_tokens: 20,
    messages: [{ role: 'user', content: `One word (angry, neutral, happy) for:\n${ticket.body}` }],
  });

  return { category: textOf(category), sentiment: textOf(sentiment) };
}
