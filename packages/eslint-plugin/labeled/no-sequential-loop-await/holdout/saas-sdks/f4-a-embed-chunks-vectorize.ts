// case: indexing a document into Cloudflare Vectorize: embed each chunk with the AI SDK, then upsert the vectors in batches
// category: saas-sdks
// why: the index loop over chunks[i] awaits one embedding call per chunk (a read) and only pushes the
//      result: report it; the upsert loop writes to the index (and is already batched by 100), and the
//      final update is outside any loop
import { embed } from 'ai';
import { openai } from '@ai-sdk/openai';

interface Env {
  VECTORS: VectorizeIndex;
  DB: D1Database;
}

function splitIntoChunks(markdown: string, size: number): string[] {
  const paragraphs = markdown.split(/\n{2,}/);
  const chunks: string[] = [];
  let current = '';
  for (const p of paragraphs) {
    if ((current + p).length > size && current) {
      chunks.push(current);
      current = '';
    }
    current += `${p}\n\n`;
  }
  if (current.trim()) chunks.push(current);
  return chunks;
}

function inBatches<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export async function indexDocument(env: Env, docId: string, markdown: string) {
  const chunks = splitIntoChunks(markdown, 1_200);
  const vectors: VectorizeVector[] = [];

  /*@A*/ for (let i = 0; i < chunks.length; i++) {
    const { embedding } = await embed({
      model: openai.embedding('text-embedding-3-small'),
      value: chunks[i],
    });
    vectors.push({ id: `${docId}:${i}`, values: embedding, metadata: { docId, chunk: i } });
  }

  for (const batch of inBatches(vectors, 100)) {
    await env.VECTORS.upsert(batch);
  }

  await env.DB.prepare('UPDATE documents SET indexed_at = ?1, chunk_count = ?2 WHERE id = ?3')
    .bind(Date.now(), chunks.length, docId)
    .run();
  return { chunks: chunks.length };
}
