// case: a pgvector knowledge base prints a status line and answers similarity searches
// category: orm-sql
// why: in statusLine the three count() queries inside the template literal go through the pool
//      (each may take its own connection, no checked-out client) and read different tables, so
//      they form group A; in search the embedding feeds the vector query, so those two stay in order
import { Pool } from 'pg';
import pgvector from 'pgvector/pg';
import OpenAI from 'openai';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
pool.on('connect', async (client) => {
  await pgvector.registerTypes(client);
});
const openai = new OpenAI();

const count = (table: 'documents' | 'chunks' | 'ingest_failures') =>
  pool.query<{ n: string }>(`select count(*)::text as n from ${table}`).then((r) => r.rows[0].n);

export async function statusLine() {
  return `kb: ${/*@A*/ await count('documents')} documents, ${/*@A*/ await count('chunks')} chunks, ${/*@A*/ await count('ingest_failures')} failed ingests`;
}

export async function search(question: string, k = 5) {
  const emb = await openai.embeddings.create({ model: 'text-embedding-3-small', input: question });
  const { rows } = await pool.query(
    'select id, document_id, content from chunks order by embedding <=> $1 limit $2',
    [pgvector.toSql(emb.data[0].embedding), k],
  );
  return rows;
}
