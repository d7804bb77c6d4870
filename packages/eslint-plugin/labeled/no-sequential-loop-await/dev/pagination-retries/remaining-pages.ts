// case: a catalog sync reads page 1 to learn the page count, then reads the remaining pages
// category: pagination-retries
// why: loop A is reported: after the first response the page count is known, each page number
//      comes from the loop counter alone (no token, no offset taken from a response) and every
//      page is a GET pushed into the list, so pages 2..n can be requested together
type Page<T> = { data: T[]; meta: { total_pages: number } };
type Product = { id: number; sku: string; title: string };

const BASE = 'https://shop.example.com/api/v2/products';

async function getPage(page: number): Promise<Page<Product>> {
  const res = await fetch(`${BASE}?page=${page}&limit=250`, { headers: { accept: 'application/json' } });
  return res.json();
}

export async function allProducts() {
  const first = await getPage(1);
  const products = [...first.data];
  /*@A*/ for (let page = 2; page <= first.meta.total_pages; page++) {
    const next = await getPage(page);
    products.push(...next.data);
  }
  return products;
}
