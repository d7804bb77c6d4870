// case: a Hono search route resolves an optional category and an optional brand, then searches with both
// category: syntax-positions
// why: the category read sits in a `? :` branch and the brand read on the right of `&&`, so each runs
//      only under its condition and neither is a member; the search uses both results
import { Hono } from 'hono';
import { and, eq, ilike } from 'drizzle-orm';
import { db } from '../db';
import { brands, categories, products } from '../db/schema';

export const search = new Hono();

search.get('/search', async (c) => {
  const { q = '', category, brand } = c.req.query();

  const categoryRow = category
    ? await db.query.categories.findFirst({ where: eq(categories.slug, category) })
    : undefined;
  const brandRow = brand && (await db.query.brands.findFirst({ where: eq(brands.slug, brand) }));

  const results = await db
    .select()
    .from(products)
    .where(
      and(
        ilike(products.name, `%${q}%`),
        categoryRow ? eq(products.categoryId, categoryRow.id) : undefined,
        brandRow ? eq(products.brandId, brandRow.id) : undefined,
      ),
    )
    .limit(50);

  return c.json({ results, category: categoryRow ?? null, brand: brandRow || null });
});
