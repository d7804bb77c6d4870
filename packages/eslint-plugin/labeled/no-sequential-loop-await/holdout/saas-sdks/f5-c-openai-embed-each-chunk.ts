// case: an ingest step embeds each chunk of a parsed document, then upserts all vectors into Pinecone
// category: saas-sdks
// why: the loop runs over the chunks array built before it; each iteration's embeddings.create
//      reads only its own chunk's text and the record is pushed into an array, so all the calls
//      could start together; the one upsert after the loop is outside it
import OpenAI from 'openai';
import { Pinecone, type PineconeRecord } from '@pinecone-database/pinecone';
import { splitIntoChunks } from './chunking';

const openai = new OpenAI();
const index = new Pinecone().index('docs');

export async function ingestDocument(docId: string, markdown: string) {
  const chunks = splitIntoChunks(markdown, { maxTokens: 400, overlap: 40 });
  const records: PineconeRecord[] = [];

  /*@A*/ for (const chunk of chunks) {
    const res = await openai.embeddings.create({
      model: 'text-embedding-3-small',
      input: `${chunk.heading}\n\n${chunk.text}`,
    });
    records.push({
      id: `${docId}#${chunk.position}`,
      values: res.data[0].embedding,
      metadata: { docId, heading: chunk.heading, text: chunk.text },
    });
  }

  await index.namespace('handbook').upsert(records);
  return records.length;
}
