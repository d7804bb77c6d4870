// case: a notes indexer moderates a note and embeds it with OpenAI, then upserts the vector into Pinecone
// category: saas-sdks
// why: moderations.create and embeddings.create are reads of the same input with no link between them;
//      the upsert is a write awaited for its effect, after the flagged check
import { Pinecone } from '@pinecone-database/pinecone';
import OpenAI from 'openai';

const openai = new OpenAI();
const pinecone = new Pinecone();
const notes = pinecone.index('notes');

export async function indexNote(note: { id: string; userId: string; title: string; body: string }) {
  const moderation = /*@A*/ await openai.moderations.create({
    model: 'omni-moderation-latest',
    input: note.body,
  });
  const embedding = /*@A*/ await openai.embeddings.create({
    model: 'text-embedding-3-small',
    input: `${note.title}\n\n${note.body}`,
    dimensions: 512,
  });

  if (moderation.results[0]?.flagged) {
    throw new Error(`note ${note.id} rejected by moderation`);
  }

  await notes.namespace(note.userId).upsert([
    { id: note.id, values: embedding.data[0].embedding, metadata: { title: note.title } },
  ]);
}
