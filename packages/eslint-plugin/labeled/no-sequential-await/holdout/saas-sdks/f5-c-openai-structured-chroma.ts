// case: a ticket triage job moderates and extracts a structured summary, then finds similar tickets
// category: saas-sdks
// why: group A: the moderation call and the plan lookup use only the ticket; the structured parse
//      needs the plan and ends the group; group B: the summary's embedding and getCollection use
//      only the parse result and nothing of each other; the Chroma query needs both, and add is a
//      write awaited for its effect
import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { ChromaClient } from 'chromadb';
import { z } from 'zod';
import { plans } from './billing';

const openai = new OpenAI();
const chroma = new ChromaClient({ path: process.env.CHROMA_URL });

const Triage = z.object({
  summary: z.string(),
  severity: z.enum(['low', 'medium', 'high', 'urgent']),
  productArea: z.string(),
});

export async function triage(ticket: { id: string; customerId: string; body: string }) {
  const moderation = /*@A*/ await openai.moderations.create({ model: 'omni-moderation-latest', input: ticket.body });
  const plan = /*@A*/ await plans.forCustomer(ticket.customerId);
  if (moderation.results[0].flagged) return { id: ticket.id, status: 'flagged' as const };

  const completion = await openai.chat.completions.parse({
    model: 'gpt-4o-2024-08-06',
    messages: [
      { role: 'system', content: `Triage this support ticket. Customer plan: ${plan.tier}.` },
      { role: 'user', content: ticket.body },
    ],
    response_format: zodResponseFormat(Triage, 'triage'),
  });
  const parsed = completion.choices[0].message.parsed!;

  const embedding = /*@B*/ await openai.embeddings.create({ model: 'text-embedding-3-small', input: parsed.summary });
  const collection = /*@B*/ await chroma.getCollection({ name: `tickets-${parsed.productArea}` });
  const vector = embedding.data[0].embedding;
  const similar = await collection.query({ queryEmbeddings: [vector], nResults: 5 });

  await collection.add({ ids: [ticket.id], embeddings: [vector], documents: [parsed.summary] });
  return { id: ticket.id, status: 'triaged' as const, ...parsed, similar: similar.ids[0] };
}
