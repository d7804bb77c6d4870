// case: a Hono route loads a product, its variants, its latest reviews and the shipping zones in turn
// category: http-handlers
// why: the four Drizzle reads take only the route param (or nothing) and none uses another's result;
//      the 404 check comes after all of them and only looks at the product
import { Hono } from 'hono';
import { desc, eq } from 'drizzle-orm';
import { db } from '../db';
import { products, reviews, shippingZones, variants } from '../db/schema';

const app = new Hono();

app.get('/products/:id', async (c) => {
  const id = Number(c.req.param('id'));
  if (!Number.isInteger(id)) return c.json({ error: 'bad id' }, 400);

  const product = /*@A*/ await db.query.products.findFirst({ where: eq(products.id, id) });
  const productVariants = /*@A*/ await db.select().from(variants).where(eq(variants.productId, id));
  const latestReviews = /*@A*/ await db
    .select()
    .from(reviews)
    .where(eq(reviews.productId, id))
    .orderBy(desc(reviews.createdAt))
    .limit(5);
  const zones = /*@A*/ await db.select().from(shippingZones);

  if (!product) return c.notFound();
  return c.json({ product, variants: productVariants, reviews: latestReviews, zones });
});

export default app;
