// case: a nightly job asks the model to label every unlabeled support ticket
// category: saas-sdks
// why: one Responses API call per ticket is a read (it creates nothing read back later); the labels are
//      collected into an array and written in one updateMany-style batch after the loop
import OpenAI from 'openai';
import { db } from './db';

const openai = new OpenAI();
const LABELS = ['billing', 'bug', 'feature-request', 'account', 'other'] as const;

export async function labelTickets() {
  const tickets = await db.ticket.findMany({ where: { label: null }, take: 200 });
  const labeled: { id: string; label: string }[] = [];

  /*@A*/ for (const ticket of tickets) {
    const response = await openai.responses.create({
      model: 'gpt-4.1-mini',
      instructions: `Answer with exactly one of: ${LABELS.join(', ')}.`,
      input: `Subject: ${ticket.subject}\n\n${ticket.body.slice(0, 4000)}`,
    });
    const label = response.output_text.trim().toLowerCase();
    labeled.push({ id: ticket.id, label: (LABELS as readonly string[]).includes(label) ? label : 'other' });
  }

  await db.$executeRaw`UPDATE "Ticket" AS t SET label = v.label
    FROM json_to_recordset(${JSON.stringify(labeled)}::json) AS v(id text, label text) WHERE t.id = v.id`;
  return labeled.length;
}
