// case: a document ingest step asks OpenAI for a summary and an embedding and Anthropic for a token count
// category: saas-sdks
// why: chat.completions.create, embeddings.create and messages.countTokens all read the document text
//      and return a result; none uses another's output; the insert that stores everything is awaited
//      for its effect and ends the group
import OpenAI from 'openai';
import Anthropic from '@anthropic-ai/sdk';
import { db } from '@/db';
import { documents } from '@/db/schema';

const openai = new OpenAI();
const anthropic = new Anthropic();

export async function analyzeDocument(doc: { id: string; title: string; text: string }) {
  const summary = /*@A*/ await openai.chat.completions.create({
    model: 'gpt-4.1-mini',
    messages: [
      { role: 'system', content: 'Summarize the document in three sentences.' },
      { role: 'user', content: doc.text },
    ],
  });
  const embedding = /*@A*/ await openai.embeddings.create({
    model: 'text-embedding-3-small',
    input: `${doc.title}\n\n${doc.text}`,
  });
  const { input_tokens } = /*@A*/ await anthropic.messages.countTokens({
    model: 'claude-sonnet-4-5',
    messages: [{ role: 'user', content: doc.text }],
  });

  await db.insert(documents).values({
    id: doc.id,
    summary: summary.choices[0]?.message.content ?? '',
    embedding: embedding.data[0]!.embedding,
    claudeTokens: input_tokens,
  });
  return { id: doc.id, tokens: input_tokens };
}
