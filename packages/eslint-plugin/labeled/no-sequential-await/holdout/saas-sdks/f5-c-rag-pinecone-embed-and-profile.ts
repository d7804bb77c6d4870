// case: a RAG answer route embeds the question and loads the asker's profile before querying Pinecone
// category: saas-sdks
// why: the embedding call and the profile query take only the request's question and user id and
//      only read, so they form group A; the Pinecone query needs the embedding vector (and the
//      profile's team as namespace) and the completion needs the matches and the profile's locale,
//      so both stay after the group and are not members
import OpenAI from 'openai';
import { Pinecone } from '@pinecone-database/pinecone';
import { Pool } from 'pg';

const openai = new OpenAI();
const pinecone = new Pinecone({ apiKey: process.env.PINECONE_API_KEY! });
const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export async function answerQuestion(userId: string, question: string) {
  const embedding = /*@A*/ await openai.embeddings.create({
    model: 'text-embedding-3-small',
    input: question,
  });
  const {
    rows: [profile],
  } = /*@A*/ await pool.query('select display_name, locale, team_id from profiles where user_id = $1', [userId]);

  const result = await pinecone
    .index('handbook')
    .namespace(profile.team_id)
    .query({ vector: embedding.data[0].embedding, topK: 6, includeMetadata: true });

  const context = result.matches.map((m) => String(m.metadata?.text ?? '')).join('\n---\n');
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [
      { role: 'system', content: `Answer in ${profile.locale}. Use only this context:\n${context}` },
      { role: 'user', content: question },
    ],
  });

  return {
    answer: completion.choices[0].message.content,
    sources: result.matches.map((m) => m.id),
  };
}
