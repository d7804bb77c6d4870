// case: an Astro API endpoint reads a content entry, D1 reviews and a KV stock value for one slug
// category: http-handlers
// why: all three reads take the slug from params and none uses another's result; the non-null
//      assertions and the destructuring only shape each result
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';

export const prerender = false;

type Review = { id: number; rating: number; body: string; author: string };

export const GET: APIRoute = async ({ params, locals }) => {
  const slug = params.slug!;
  const { DB, INVENTORY } = locals.runtime.env;

  const product = /*@A*/ await getEntry('products', slug);
  const { results: reviews } = /*@A*/ await DB.prepare(
    'SELECT id, rating, body, author FROM reviews WHERE product_slug = ? ORDER BY created_at DESC LIMIT 20',
  )
    .bind(slug)
    .all<Review>();
  const stock = Number((/*@A*/ await INVENTORY.get(`stock:${slug}`))!);

  if (!product) {
    return new Response(JSON.stringify({ error: 'not found' }), { status: 404 });
  }
  const average = reviews.length ? reviews.reduce((s, r) => s + r.rating, 0) / reviews.length : null;
  return new Response(JSON.stringify({ ...product.data, reviews, average, inStock: stock > 0 }), {
    headers: { 'content-type': 'application/json', 'cache-control': 'max-age=60' },
  });
};
