// case: a Next.js search route leaves Sentry breadcrumbs, spreads a log context and pushes notes between three search reads
// category: statements-between
// why: the hits, the brand facet values and the trending list each use only the query string; the
//      breadcrumb, the spread log context, the debug `if` and the pushes to `timings` read no result and
//      feed nothing the reads take, so the three reads are one group; the analytics call is awaited for
//      its effect after them
import * as Sentry from '@sentry/nextjs';
import { NextResponse, type NextRequest } from 'next/server';
import { MeiliSearch } from 'meilisearch';
import { redis } from '@/lib/redis';
import { analytics } from '@/lib/analytics';

const meili = new MeiliSearch({ host: process.env.MEILI_HOST!, apiKey: process.env.MEILI_SEARCH_KEY });
const baseLogContext = { service: 'storefront', route: '/api/search' };

export async function GET(req: NextRequest) {
  const q = req.nextUrl.searchParams.get('q')?.trim() ?? '';
  const page = Number(req.nextUrl.searchParams.get('page') ?? '1');
  const timings: string[] = [];
  const started = performance.now();

  Sentry.addBreadcrumb({ category: 'search', message: `query "${q}" page ${page}`, level: 'info' });
  const hits = /*@A*/ await meili.index('products').search(q, { page, hitsPerPage: 24 });
  timings.push(`hits:${Math.round(performance.now() - started)}`);
  const logContext = { ...baseLogContext, q, page };
  if (process.env.SEARCH_DEBUG === '1') {
    console.debug('search request', logContext);
  }
  const brands = /*@A*/ await meili.index('products').searchForFacetValues({ facetName: 'brand', facetQuery: q });
  timings.push(`facets:${Math.round(performance.now() - started)}`);
  const trending = /*@A*/ await redis.zrevrange('search:trending', 0, 9);

  await analytics.track({ event: 'search', properties: { q, page, results: hits.totalHits } });

  return NextResponse.json(
    { hits: hits.hits, totalPages: hits.totalPages, brands: brands.facetHits, trending },
    { headers: { 'Server-Timing': timings.join(', ') } },
  );
}
