// case: a Next.js route handler loads a product, its review summary and stock, all imported through a catalog index
// category: imported-helpers
// why: getProduct and summarizeReviews (re-exported with export *) each GET the catalog API, and
//      loadAvailability (a renamed re-export of getStockLevel) GETs the inventory service; all three take
//      only the slug and read nothing the others produce, so they can run in one Promise.all
import { NextResponse, type NextRequest } from 'next/server';
import { getProduct, loadAvailability, summarizeReviews } from './_modules/catalog';

export const dynamic = 'force-dynamic';

export async function GET(_req: NextRequest, { params }: { params: { slug: string } }) {
  const product = /*@A*/ await getProduct(params.slug);
  const reviews = /*@A*/ await summarizeReviews(params.slug);
  const stock = /*@A*/ await loadAvailability(params.slug);

  if (!product) {
    return NextResponse.json({ error: 'not_found' }, { status: 404 });
  }

  return NextResponse.json(
    {
      ...product,
      rating: reviews.average,
      reviewCount: reviews.count,
      inStock: stock.available > 0,
      shipsFrom: stock.warehouse,
    },
    { headers: { 'cache-control': 'private, max-age=30' } },
  );
}
