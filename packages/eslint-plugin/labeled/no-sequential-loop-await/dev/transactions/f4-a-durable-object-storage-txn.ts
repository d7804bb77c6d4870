// case: an inventory Durable Object reserves several skus inside a storage transaction and takes a consistent snapshot inside blockConcurrencyWhile
// category: transactions
// why: the stock reads in reserve() run inside ctx.storage.transaction() through the txn handle, and the
//      snapshot reads run under blockConcurrencyWhile(), the object's input lock; both stay sequential;
//      the check loop has no await and returns, and the put loop writes inside the same transaction
import { DurableObject } from 'cloudflare:workers';

type Line = { sku: string; qty: number };

export class Inventory extends DurableObject {
  async reserve(lines: Line[]): Promise<{ ok: true } | { ok: false; sku: string }> {
    return this.ctx.storage.transaction(async (txn) => {
      const levels = new Map<string, number>();
      for (const line of lines) {
        levels.set(line.sku, (await txn.get<number>(`stock:${line.sku}`)) ?? 0);
      }

      for (const line of lines) {
        if ((levels.get(line.sku) ?? 0) < line.qty) {
          txn.rollback();
          return { ok: false as const, sku: line.sku };
        }
      }

      for (const line of lines) {
        await txn.put(`stock:${line.sku}`, (levels.get(line.sku) ?? 0) - line.qty);
      }
      return { ok: true as const };
    });
  }

  async snapshot(skus: string[]): Promise<Record<string, number>> {
    return this.ctx.blockConcurrencyWhile(async () => {
      const out: Record<string, number> = {};
      for (const sku of skus) {
        out[sku] = (await this.ctx.storage.get<number>(`stock:${sku}`)) ?? 0;
      }
      return out;
    });
  }
}
