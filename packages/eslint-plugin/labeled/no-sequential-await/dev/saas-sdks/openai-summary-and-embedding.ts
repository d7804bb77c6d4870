// case: an ingestion step asks OpenAI for a summary and an embedding of the same document
// category: saas-sdks
// why: chat.completions.create and embeddings.create both only read the input text and create
//      nothing we read back, so they are independent; the vector upsert uses both and is awaited
//      for its effect
import OpenAI from 'openai';
import { Pinecone } from '@pinecone-database/pinecone';

const openai = new OpenAI();
const index = new Pinecone().index('docs');

export async function ingestDocument(id: string, text: string) {
  const completion = /*@A*/ await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    temperature: 0.2,
    messages: [
      { role: 'system', content: 'Summarize the document in two sentences.' },
      { role: 'user', content: text.slice(0, 20_000) },
    ],
  });
  const embedding = /*@A*/ await openai.embeddings.create({
    model: 'text-embedding-3-small',
    input: text.slice(0, 8_000),
  });

  const summary = completion.choices[0]?.message.content ?? '';
  await index.upsert([{ id, values: embedding.data[0].embedding, metadata: { summary } }]);
  return summary;
}
