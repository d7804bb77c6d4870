// case: a help widget searches Pinecone namespaces in priority order and stops at the first confident hit
// category: saas-sdks
// why: the namespaces are tried in order and the body returns on the first match above the
//      threshold, so later namespaces are queried only when earlier ones had no good match; the
//      loop decides when to stop and is not reported
import OpenAI from 'openai';
import { Pinecone } from '@pinecone-database/pinecone';

const openai = new OpenAI();
const index = new Pinecone().index('support');

const namespaces = ['faq-curated', 'release-notes', 'community-answers'];

export async function bestAnswer(question: string) {
  const emb = await openai.embeddings.create({ model: 'text-embedding-3-small', input: question });
  const vector = emb.data[0].embedding;

  for (const ns of namespaces) {
    const res = await index.namespace(ns).query({ vector, topK: 1, includeMetadata: true });
    const best = res.matches[0];
    if (best && (best.score ?? 0) >= 0.85) {
      return { namespace: ns, id: best.id, answer: String(best.metadata?.answer ?? '') };
    }
  }

  return null;
}
