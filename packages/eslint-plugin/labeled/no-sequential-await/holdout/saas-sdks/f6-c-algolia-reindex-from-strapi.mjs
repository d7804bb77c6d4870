// case: a nightly job pulls products and active promotions from Strapi and replaces the Algolia index
// category: saas-sdks
// why: inside the strapi() helper the json() read depends on the response, so its awaits are not a
//      group; the products and promotions fetches are independent reads of two Strapi endpoints (A);
//      replaceAllObjects and setSettings are writes awaited for their effect (discarded), kept in order
import { algoliasearch } from 'algoliasearch';

const algolia = algoliasearch(process.env.ALGOLIA_APP_ID, process.env.ALGOLIA_ADMIN_KEY);
const STRAPI_URL = process.env.STRAPI_URL;

async function strapi(path) {
  const res = await fetch(`${STRAPI_URL}/api/${path}`, {
    headers: { Authorization: `Bearer ${process.env.STRAPI_TOKEN}` },
  });
  if (!res.ok) throw new Error(`Strapi ${path} answered ${res.status}`);
  const body = await res.json();
  return body.data;
}

export async function reindexProducts() {
  const products = /*@A*/ await strapi('products?populate[category]=true&pagination[pageSize]=1000');
  const promotions = /*@A*/ await strapi('promotions?filters[active][$eq]=true');

  const discountBySku = new Map(promotions.map((p) => [p.sku, p.percentOff]));
  const objects = products.map((p) => ({
    objectID: p.documentId,
    name: p.name,
    category: p.category?.name ?? null,
    price: p.price,
    discount: discountBySku.get(p.sku) ?? 0,
  }));

  await algolia.replaceAllObjects({ indexName: 'products', objects, batchSize: 500 });
  await algolia.setSettings({
    indexName: 'products',
    indexSettings: { searchableAttributes: ['name', 'category'], customRanking: ['desc(discount)'] },
  });
  console.log(`indexed ${objects.length} products`);
}
