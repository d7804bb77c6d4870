// case: a triage worker asks Claude for a label for each new support ticket
// category: saas-sdks
// why: messages.create is an LLM call, a read; each ticket is classified on its own, empty tickets
//      are skipped with continue and the label is set by ticket id after the await
import Anthropic from '@anthropic-ai/sdk';

const anthropic = new Anthropic();

const LABELS = ['billing', 'bug', 'feature-request', 'account', 'other'] as const;

export async function labelTickets(tickets: { id: string; subject: string; body: string }[]) {
  const labels: Record<string, string> = {};
  /*@A*/ for (const ticket of tickets) {
    if (!ticket.body.trim()) continue;
    const msg = await anthropic.messages.create({
      model: 'claude-3-5-haiku-latest',
      max_tokens: 10,
      system: `Answer with exactly one of: ${LABELS.join(', ')}.`,
      messages: [{ role: 'user', content: `${ticket.subject}\n\n${ticket.body}` }],
    });
    const block = msg.content[0];
    labels[ticket.id] = block.type === 'text' ? block.text.trim() : 'other';
    console.debug('labeled', ticket.id, labels[ticket.id]);
  }
  return labels;
}
