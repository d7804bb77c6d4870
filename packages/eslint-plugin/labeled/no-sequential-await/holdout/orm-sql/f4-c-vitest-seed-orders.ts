// case: a vitest beforeAll reads two fixture files, resets and seeds tables with Drizzle, then looks up a buyer and a product to create an order
// category: orm-sql
// why: the two fixture reads are independent file reads (A). The deletes and inserts are discarded
//      writes and stay in order. After the seeding, the buyer and the widget are read from two tables
//      and neither uses the other (B); the order insert needs both.
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../src/db';
import { orders, products, users } from '../src/db/schema';
import { app } from '../src/app';

let orderId: number;

beforeAll(async () => {
  const userRows = JSON.parse(/*@A*/ await readFile(new URL('./fixtures/users.json', import.meta.url), 'utf8'));
  const productRows = JSON.parse(/*@A*/ await readFile(new URL('./fixtures/products.json', import.meta.url), 'utf8'));

  await db.delete(orders);
  await db.delete(products);
  await db.delete(users);
  await db.insert(users).values(userRows);
  await db.insert(products).values(productRows);

  const [buyer] = /*@B*/ await db.select().from(users).where(eq(users.email, 'buyer@example.com'));
  const [widget] = /*@B*/ await db.select().from(products).where(eq(products.sku, 'W-100'));

  const [order] = await db
    .insert(orders)
    .values({ userId: buyer.id, productId: widget.id, quantity: 2 })
    .returning({ id: orders.id });
  orderId = order.id;
});

describe('GET /orders/:id', () => {
  it('returns the seeded order with its line total', async () => {
    const res = await app.request(`/orders/${orderId}`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ quantity: 2, product: { sku: 'W-100' } });
  });
});
