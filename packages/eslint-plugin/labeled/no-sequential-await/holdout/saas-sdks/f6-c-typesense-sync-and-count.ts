// case: a sync job checks two Typesense collection schemas, upserts documents into both, then counts what is indexed
// category: saas-sdks
// why: the two schema retrieves read different collections and use nothing of each other (A); the
//      two imports are writes awaited for their effect (discarded), so they are not members and end
//      the group; the two searches in the sum read both collections after the imports and use nothing
//      of each other (B)
import Typesense from 'typesense';
import type { ArticleDoc, ProductDoc } from './docs';

const typesense = new Typesense.Client({
  nodes: [{ host: process.env.TYPESENSE_HOST!, port: 443, protocol: 'https' }],
  apiKey: process.env.TYPESENSE_ADMIN_KEY!,
  connectionTimeoutSeconds: 10,
});

function requireField(schema: { name: string; fields?: { name: string }[] }, field: string) {
  if (!schema.fields?.some((f) => f.name === field)) {
    throw new Error(`collection ${schema.name} has no field ${field}; run the migration first`);
  }
}

export async function syncSearch(products: ProductDoc[], articles: ArticleDoc[]) {
  const productSchema = /*@A*/ await typesense.collections('products').retrieve();
  const articleSchema = /*@A*/ await typesense.collections('articles').retrieve();
  requireField(productSchema, 'popularity');
  requireField(articleSchema, 'published_at');

  await typesense.collections<ProductDoc>('products').documents().import(products, { action: 'upsert' });
  await typesense.collections<ArticleDoc>('articles').documents().import(articles, { action: 'upsert' });

  const indexed =
    (/*@B*/ await typesense.collections('products').documents().search({ q: '*', query_by: 'name', per_page: 0 })).found +
    (/*@B*/ await typesense.collections('articles').documents().search({ q: '*', query_by: 'title', per_page: 0 })).found;

  return { expected: products.length + articles.length, indexed };
}
