// case: a search reindex reads documents in batches produced by a generator
// category: syntax-shapes
// why: not reported: the loop runs over a generator (chunks), not over a collection that exists
//      before it, and the batch size of 100 deliberately limits how much is read at once
import { searchIndex } from './search';
import { documents } from './documents';

function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

export async function collectDocuments(ids: string[]) {
  const docs = [];
  for (const batch of chunks(ids, 100)) {
    const found = await documents.getMany(batch);
    docs.push(...found);
  }
  return searchIndex.prepare(docs);
}
