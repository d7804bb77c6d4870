// case: a background job enriches a stored document with an LLM summary, structured tags and an embedding using the Vercel AI SDK
// category: saas-sdks
// why: generateText, generateObject and embed each take only the document body loaded before them and
//      return values no other call reads: three independent model calls, one group; the document load
//      comes first (its body is their input) and the update writes all three results
import { embed, generateObject, generateText } from 'ai';
import { anthropic } from '@ai-sdk/anthropic';
import { openai } from '@ai-sdk/openai';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '@/db';
import { documents } from '@/db/schema';

const DocMeta = z.object({
  tags: z.array(z.string()).max(8),
  language: z.string().describe('ISO 639-1 code'),
  containsPersonalData: z.boolean(),
});

export async function enrichDocument(docId: string) {
  const doc = await db.query.documents.findFirst({ where: eq(documents.id, docId) });
  if (!doc) throw new Error(`document ${docId} not found`);

  const excerpt = doc.body.slice(0, 12_000);

  const { text: summary } = /*@A*/ await generateText({
    model: anthropic('claude-haiku-4-5'),
    system: 'Summarize the document in at most three sentences. No preamble.',
    prompt: excerpt,
  });
  const { object: meta } = /*@A*/ await generateObject({
    model: openai('gpt-4.1-mini'),
    schema: DocMeta,
    prompt: `Classify this document:\n\n${excerpt}`,
  });
  const { embedding } = /*@A*/ await embed({
    model: openai.embedding('text-embedding-3-small'),
    value: excerpt,
  });

  await db
    .update(documents)
    .set({
      summary,
      tags: meta.tags,
      language: meta.language,
      flagged: meta.containsPersonalData,
      embedding,
      enrichedAt: new Date(),
    })
    .where(eq(documents.id, docId));

  return { id: docId, summary, ...meta };
}
