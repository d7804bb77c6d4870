// case: an invoice service passes the Drizzle transaction handle to a helper that reads line prices
// category: transactions
// why: not reported: loadPrices runs its reads on the `tx` handle it receives; inside a transaction
//      they share one connection and stay in order
import { eq } from 'drizzle-orm';
import { db } from './db';
import { invoices, prices } from './schema';

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

async function loadPrices(tx: Tx, skus: string[]) {
  const found: Record<string, number> = {};
  for (const sku of skus) {
    const [row] = await tx.select().from(prices).where(eq(prices.sku, sku)).limit(1);
    if (row) found[sku] = row.amountCents;
  }
  return found;
}

export async function createInvoice(customerId: string, skus: string[]) {
  return db.transaction(async (tx) => {
    const priceMap = await loadPrices(tx, skus);
    const total = Object.values(priceMap).reduce((a, b) => a + b, 0);
    return tx.insert(invoices).values({ customerId, totalCents: total }).returning();
  });
}
