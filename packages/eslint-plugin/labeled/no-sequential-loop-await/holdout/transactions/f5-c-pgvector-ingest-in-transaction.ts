// case: a document re-ingest replaces its chunks and their embeddings inside one Postgres transaction
// category: transactions
// why: the loop body inserts a row through the one checked-out client inside BEGIN/COMMIT (a
//      write, in a transaction, on one connection), so the iterations stay in order even though
//      each embedding call alone only reads
import { Pool } from 'pg';
import pgvector from 'pgvector/pg';
import OpenAI from 'openai';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const openai = new OpenAI();

export async function reingest(docId: string, chunks: Array<{ ord: number; text: string }>) {
  const client = await pool.connect();
  try {
    await pgvector.registerTypes(client);
    await client.query('BEGIN');
    await client.query('DELETE FROM chunks WHERE document_id = $1', [docId]);

    for (const chunk of chunks) {
      const emb = await openai.embeddings.create({ model: 'text-embedding-3-small', input: chunk.text });
      await client.query(
        'INSERT INTO chunks (document_id, ord, content, embedding) VALUES ($1, $2, $3, $4)',
        [docId, chunk.ord, chunk.text, pgvector.toSql(emb.data[0].embedding)],
      );
    }

    await client.query('COMMIT');
  } catch (err) {
    await client.query('ROLLBACK');
    throw err;
  } finally {
    client.release();
  }
}
