// case: indexing an article asks OpenAI for a summary and an embedding, then upserts both into Supabase
// category: saas-sdks
// why: chat.completions.create and embeddings.create are reads despite their names (nothing is stored
//      that a later call reads back) and both take only the article; the Supabase upsert uses both
import OpenAI from 'openai';
import { createClient } from '@supabase/supabase-js';

const openai = new OpenAI();
const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);

export async function indexArticle(article: { id: string; title: string; body: string }) {
  const completion = /*@A*/ await openai.chat.completions.create({
    model: 'gpt-4.1-mini',
    temperature: 0.2,
    messages: [
      { role: 'system', content: 'Summarize the article in two sentences for a search result snippet.' },
      { role: 'user', content: `${article.title}\n\n${article.body}` },
    ],
  });
  const embedding = /*@A*/ await openai.embeddings.create({
    model: 'text-embedding-3-small',
    input: `${article.title}\n\n${article.body}`.slice(0, 24_000),
  });

  const { error } = await supabase.from('articles').upsert({
    id: article.id,
    summary: completion.choices[0]?.message.content ?? '',
    embedding: embedding.data[0].embedding,
    indexed_at: new Date().toISOString(),
  });
  if (error) throw error;
}
