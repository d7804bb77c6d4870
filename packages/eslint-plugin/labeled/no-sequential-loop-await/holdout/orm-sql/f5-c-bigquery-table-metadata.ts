// case: a data-catalog sync reads BigQuery metadata for each tracked table, then stores it
// category: orm-sql
// why: the first loop runs over a Set passed in; each getMetadata only reads its own table and the
//      result is set into a Map, so the reads could start together (A); the second loop upserts
//      catalog rows, writes awaited for their effect, so it is not reported
import { BigQuery } from '@google-cloud/bigquery';
import { Pool } from 'pg';

const bigquery = new BigQuery({ projectId: process.env.GCP_PROJECT });
const catalog = new Pool({ connectionString: process.env.CATALOG_DATABASE_URL });

export async function syncCatalog(tracked: Set<string>) {
  const found = new Map<string, { rows: number; bytes: number; modified: Date }>();

  /*@A*/ for (const ref of tracked) {
    const [dataset, table] = ref.split('.');
    const [meta] = await bigquery.dataset(dataset).table(table).getMetadata();
    found.set(ref, {
      rows: Number(meta.numRows ?? 0),
      bytes: Number(meta.numBytes ?? 0),
      modified: new Date(Number(meta.lastModifiedTime)),
    });
  }

  for (const [ref, info] of found) {
    await catalog.query(
      `insert into catalog_tables (ref, row_count, byte_count, modified_at) values ($1, $2, $3, $4)
       on conflict (ref) do update set row_count = excluded.row_count,
         byte_count = excluded.byte_count, modified_at = excluded.modified_at`,
      [ref, info.rows, info.bytes, info.modified],
    );
  }
  return found.size;
}
