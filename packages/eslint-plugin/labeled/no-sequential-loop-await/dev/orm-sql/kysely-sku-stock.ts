// case: a cart endpoint looks up stock for each SKU with Kysely
// category: orm-sql
// why: selectFrom(...).executeTakeFirst() is a read; lines with no quantity are skipped with
//      continue (decided by the input, not by results) and each level is set by SKU
import { Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';
import type { DB } from './db-types';

const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }) });

export async function stockLevels(lines: { sku: string; qty: number }[]) {
  const stock: Record<string, number> = {};
  /*@A*/ for (const line of lines) {
    if (line.qty <= 0) continue;
    const row = await db
      .selectFrom('inventory')
      .select(['sku', 'on_hand', 'reserved'])
      .where('sku', '=', line.sku)
      .executeTakeFirst();
    stock[line.sku] = row ? row.on_hand - row.reserved : 0;
  }
  return stock;
}
