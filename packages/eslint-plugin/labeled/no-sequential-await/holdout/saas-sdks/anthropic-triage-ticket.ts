// case: a support triage job asks Claude to classify a ticket and to summarize it, then drafts a reply from both
// category: saas-sdks
// why: the classification and the summary take only the ticket text (group A); the draft reply uses both
//      results, so it must wait for them
import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

function textOf(message: Anthropic.Message): string {
  return message.content.map((b) => (b.type === 'text' ? b.text : '')).join('').trim();
}

export async function triageTicket(ticket: { subject: string; body: string }) {
  const text = `${ticket.subject}\n\n${ticket.body}`;

  const classification = /*@A*/ await anthropic.messages.create({
    model: 'claude-haiku-4-5',
    max_tokens: 20,
    system: 'Answer with exactly one word: billing, bug, feature or other.',
    messages: [{ role: 'user', content: text }],
  });
  const summary = /*@A*/ await anthropic.messages.create({
    model: 'claude-sonnet-4-5',
    max_tokens: 300,
    messages: [{ role: 'user', content: `Summarize this ticket for an on-call engineer:\n\n${text}` }],
  });

  const label = textOf(classification).toLowerCase();
  const draft = await anthropic.messages.create({
    model: 'claude-sonnet-4-5',
    max_tokens: 600,
    messages: [
      { role: 'user', content: `Draft a friendly reply to a ${label} ticket. Summary: ${textOf(summary)}` },
    ],
  });

  return { label, summary: textOf(summary), draft: textOf(draft) };
}
