// case: a docs indexing job embeds every Markdown page with OpenAI, then upserts the vectors to Pinecone in batches
// category: saas-sdks
// why: the first loop goes over the globbed file list; each iteration reads its own file and asks for
//      its embedding (a read, though it is a POST), then pushes a record, so all pages can be embedded
//      together. The second loop upserts slices one after another: writes, and an index loop over
//      offsets rather than over `records[i]`.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import matter from 'gray-matter';
import OpenAI from 'openai';
import { Pinecone, type PineconeRecord } from '@pinecone-database/pinecone';

const openai = new OpenAI();
const index = new Pinecone({ apiKey: process.env.PINECONE_API_KEY! }).index('docs');

export async function indexDocs(dir: string) {
  const files = await fg('**/*.{md,mdx}', { cwd: dir, absolute: true, ignore: ['**/node_modules/**'] });

  const records: PineconeRecord[] = [];
  /*@A*/ for (const file of files) {
    const { content, data } = matter(await readFile(file, 'utf8'));
    if (data.draft) continue;
    const embedding = await openai.embeddings.create({
      model: 'text-embedding-3-small',
      input: `${data.title ?? ''}\n\n${content}`.slice(0, 24_000),
    });
    records.push({
      id: path.relative(dir, file),
      values: embedding.data[0].embedding,
      metadata: { title: String(data.title ?? ''), path: path.relative(dir, file) },
    });
  }

  for (let i = 0; i < records.length; i += 100) {
    await index.upsert(records.slice(i, i + 100));
    console.log(`upserted ${Math.min(i + 100, records.length)}/${records.length}`);
  }

  return records.length;
}
