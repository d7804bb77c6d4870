// case: Hono cart endpoints on Workers: quote prices each line from a KV catalog; checkout verifies stock per line and bails out on the first shortage
// category: http-handlers
// why: the quote loop runs over the parsed items and does one KV read per item, skipping unknown skus
//      with continue: report it; the checkout stock loop returns a 409 from inside the body, so the loop
//      decides when to stop and is not reported
import { Hono } from 'hono';

type Bindings = { CATALOG: KVNamespace; DB: D1Database; ORDERS: Queue };
type Product = { name: string; priceCents: number };
type CartItem = { sku: string; qty: number };

const app = new Hono<{ Bindings: Bindings }>();

app.post('/cart/quote', async (c) => {
  const { items } = await c.req.json<{ items: CartItem[] }>();
  const lines: (CartItem & { name: string; unitCents: number })[] = [];

  /*@A*/ for (const item of items) {
    const product = await c.env.CATALOG.get<Product>(`sku:${item.sku}`, 'json');
    if (!product) continue;
    lines.push({ ...item, name: product.name, unitCents: product.priceCents });
  }

  const totalCents = lines.reduce((sum, line) => sum + line.unitCents * line.qty, 0);
  return c.json({ lines, totalCents });
});

app.post('/cart/checkout', async (c) => {
  const { items, email } = await c.req.json<{ items: CartItem[]; email: string }>();

  for (const item of items) {
    const available = await c.env.DB.prepare('SELECT available FROM stock WHERE sku = ?1')
      .bind(item.sku)
      .first<number>('available');
    if (available === null || available < item.qty) {
      return c.json({ error: 'out_of_stock', sku: item.sku }, 409);
    }
  }

  await c.env.ORDERS.send({ items, email, placedAt: Date.now() });
  return c.json({ status: 'queued' }, 202);
});

export default app;
