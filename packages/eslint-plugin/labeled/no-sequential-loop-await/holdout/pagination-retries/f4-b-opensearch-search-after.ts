// case: exporting an OpenSearch index page by page with search_after, resolving a read alias, and retrying a bulk request
// category: pagination-retries
// why: the export loop passes each page's last sort values into the next request (a cursor) and
//      breaks on an empty page; the alias loop returns on the first index that exists (a search
//      with an early exit); the bulk loop is a retry with a backoff sleep that breaks on success.
//      Nothing is reported
import { Client } from '@opensearch-project/opensearch';
import { setTimeout as sleep } from 'node:timers/promises';

const client = new Client({ node: process.env.OPENSEARCH_URL! });

export async function exportIndex(index: string, onBatch: (docs: unknown[]) => Promise<void>) {
  let searchAfter: unknown[] | undefined;
  for (let page = 0; page < 10_000; page++) {
    const { body } = await client.search({
      index,
      body: {
        size: 1000,
        sort: [{ updated_at: 'asc' }, { doc_id: 'asc' }],
        query: { match_all: {} },
        ...(searchAfter ? { search_after: searchAfter } : {}),
      },
    });
    const hits = body.hits.hits;
    if (hits.length === 0) break;
    await onBatch(hits.map((h) => h._source));
    searchAfter = hits[hits.length - 1].sort;
  }
}

export async function resolveReadIndex(candidates: string[]) {
  for (const name of candidates) {
    const { body: exists } = await client.indices.exists({ index: name });
    if (exists) return name;
  }
  throw new Error(`none of ${candidates.join(', ')} exist`);
}

export async function bulkWithRetry(operations: object[], attempts = 5) {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const { body } = await client.bulk({ body: operations, refresh: false });
    if (!body.errors) break;
    if (attempt === attempts) throw new Error('bulk indexing kept failing');
    await sleep(250 * 2 ** attempt);
  }
}
