// case: a Fastify product search over Elasticsearch (hits, total, suggestions) and an admin reindex of one product
// category: statements-between
// why: between the search awaits only locals that use no result are built (a log line, a count
//      query made from the search query without changing it, the suggestion prefix); the hits,
//      the total and the suggestions read two indices and use nothing of each other (A). In
//      reindex the index call is a write, the refresh is awaited for its effect, the search reads
//      the index just written and the cache delete is an ordered effect
import Fastify from 'fastify';
import { Client } from '@elastic/elasticsearch';
import { loadProductDocument, requireAdmin } from './products';
import { cache } from './cache';

const es = new Client({ node: process.env.ELASTIC_URL!, auth: { apiKey: process.env.ELASTIC_API_KEY! } });
export const app = Fastify({ logger: true });

const PAGE_SIZE = 24;

app.get<{ Querystring: { q: string; page?: string; brand?: string } }>('/search', async (req) => {
  const { q, brand } = req.query;
  const from = (Math.max(1, Number(req.query.page ?? 1)) - 1) * PAGE_SIZE;
  const query = {
    bool: {
      must: [{ multi_match: { query: q, fields: ['title^3', 'brand^2', 'description'] } }],
      filter: brand ? [{ term: { 'brand.keyword': brand } }] : [],
    },
  };

  const page = /*@A*/ await es.search({ index: 'products', query, from, size: PAGE_SIZE, track_total_hits: false });
  req.log.debug({ q, brand, from }, 'product search');
  const countQuery = { bool: { must: query.bool.must } };
  const total = /*@A*/ await es.count({ index: 'products', query: countQuery });
  const prefix = q.trim().toLowerCase();
  const suggestions = /*@A*/ await es.search({
    index: 'product-suggestions',
    size: 0,
    suggest: { names: { prefix, completion: { field: 'suggest', size: 5, skip_duplicates: true } } },
  });

  return {
    items: page.hits.hits.map((h) => ({ id: h._id, ...(h._source as object) })),
    totalUnfiltered: total.count,
    suggestions: ((suggestions.suggest?.names?.[0]?.options ?? []) as { text: string }[]).map((o) => o.text),
  };
});

app.post<{ Params: { id: string } }>('/admin/products/:id/reindex', { preHandler: requireAdmin }, async (req) => {
  const product = await loadProductDocument(req.params.id);
  const indexed = await es.index({ index: 'products', id: product.id, document: product });
  await es.indices.refresh({ index: 'products' });
  const check = await es.search({ index: 'products', query: { ids: { values: [product.id] } }, size: 1 });
  await cache.del(`product:${product.id}`);
  return { result: indexed.result, visible: check.hits.hits.length === 1 };
});
