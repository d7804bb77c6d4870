// case: an ingestion step embeds each chunk of a document with the AI SDK and stores the vectors
// category: saas-sdks
// why: embed() is a read per chunk and its result is pushed; the single insert happens after the loop,
//      so the embedding calls can all start together
import { embed } from 'ai';
import { openai } from '@ai-sdk/openai';
import { db } from '@/db';
import { chunks as chunksTable } from '@/db/schema';
import { splitMarkdown } from './split';

export async function ingestDocument(documentId: string, markdown: string) {
  const pieces = splitMarkdown(markdown, { maxTokens: 500 }).filter((p) => p.text.trim().length > 0);
  const rows: (typeof chunksTable.$inferInsert)[] = [];

  /*@A*/ for (const piece of pieces) {
    const { embedding } = await embed({
      model: openai.embedding('text-embedding-3-small'),
      value: piece.text,
    });
    rows.push({ documentId, position: piece.index, content: piece.text, embedding });
  }

  if (rows.length > 0) await db.insert(chunksTable).values(rows);
  return rows.length;
}
