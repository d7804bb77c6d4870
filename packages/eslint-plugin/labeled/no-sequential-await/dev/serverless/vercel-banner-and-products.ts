// case: a Vercel Node function reads a banner from Edge Config and products from Vercel Postgres
// category: serverless
// why: the Edge Config get and the sql tagged-template query read two different stores and neither
//      uses the other, so they can be gathered
import type { VercelRequest, VercelResponse } from '@vercel/node';
import { get } from '@vercel/edge-config';
import { sql } from '@vercel/postgres';

type Banner = { text: string; href: string } | undefined;

export default async function handler(req: VercelRequest, res: VercelResponse) {
  const category = String(req.query.category ?? 'all');

  const banner: Banner = /*@A*/ await get<Banner>('homepageBanner');
  const { rows: products } = /*@A*/ await sql`
    SELECT id, name, price_cents FROM products
     WHERE ${category} = 'all' OR category = ${category}
     ORDER BY featured_rank NULLS LAST
     LIMIT 24`;

  res.setHeader('cache-control', 's-maxage=60, stale-while-revalidate=300');
  res.status(200).json({ banner: banner ?? null, products });
}
