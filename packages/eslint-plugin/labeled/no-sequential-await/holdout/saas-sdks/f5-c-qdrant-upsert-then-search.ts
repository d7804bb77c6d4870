// case: a notes service upserts a note's vector into Qdrant, then returns neighbours and collection stats
// category: saas-sdks
// why: the embedding comes first because the upsert needs its vector; the upsert (wait: true) is
//      awaited for its effect, so no group crosses it; search and getCollection both read the
//      collection the upsert just wrote, so they must follow it, but they need nothing of each
//      other and form group A
import { QdrantClient } from '@qdrant/js-client-rest';
import OpenAI from 'openai';

const qdrant = new QdrantClient({ url: process.env.QDRANT_URL, apiKey: process.env.QDRANT_API_KEY });
const openai = new OpenAI();

export async function saveNote(note: { id: string; ownerId: string; text: string }) {
  const emb = await openai.embeddings.create({ model: 'text-embedding-3-small', input: note.text });
  const vector = emb.data[0].embedding;

  await qdrant.upsert('notes', {
    wait: true,
    points: [{ id: note.id, vector, payload: { ownerId: note.ownerId, text: note.text } }],
  });

  const neighbours = /*@A*/ await qdrant.search('notes', {
    vector,
    limit: 6,
    filter: { must: [{ key: 'ownerId', match: { value: note.ownerId } }] },
    with_payload: true,
  });
  const info = /*@A*/ await qdrant.getCollection('notes');

  return {
    related: neighbours.filter((p) => p.id !== note.id).slice(0, 5),
    totalPoints: info.points_count,
  };
}
