// case: a catalog import reads page 1 to learn the page count, then fetches the remaining pages
// category: pagination-retries
// why: the page numbers are an array built from `totalPages` before the loop; no page needs anything
//      from another page (no cursor), and each iteration only pushes its items, so they can run together
import ky from 'ky';

const api = ky.create({ prefixUrl: 'https://api.example-supplier.com/v3', headers: { 'x-api-key': process.env.SUPPLIER_KEY! } });

interface ProductsPage {
  items: Array<{ sku: string; name: string; price: number }>;
  meta: { page: number; totalPages: number };
}

export async function fetchCatalog() {
  const first = await api.get('products', { searchParams: { page: 1, per_page: 200 } }).json<ProductsPage>();
  const items = [...first.items];

  const pages = Array.from({ length: Math.max(0, first.meta.totalPages - 1) }, (_, i) => i + 2);
  /*@A*/ for (const page of pages) {
    const { items: pageItems } = await api
      .get('products', { searchParams: { page, per_page: 200 } })
      .json<ProductsPage>();
    items.push(...pageItems);
  }
  return items;
}
