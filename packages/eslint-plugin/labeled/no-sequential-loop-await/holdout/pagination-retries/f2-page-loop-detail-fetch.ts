// case: a catalog sync walks a paged REST listing and fetches the detail record of each item
// category: pagination-retries
// why: the outer loop requests page after page and breaks on the first empty page, so it decides
//      when to stop; the inner loop goes over the items of a page already in hand, GETs each
//      item's detail independently and pushes it: only the inner loop is a report
import axios from 'axios';

const api = axios.create({
  baseURL: 'https://api.vendor.example/v1',
  headers: { 'x-api-key': process.env.VENDOR_KEY ?? '' },
  timeout: 10_000,
});

type Detail = { id: string; sku: string; inventory: { available: number } };

export async function pullCatalog() {
  const details: Array<{ id: string; sku: string; stock: number }> = [];
  for (let page = 1; ; page++) {
    const { data } = await api.get<{ items: { id: string }[] }>('/products', {
      params: { page, per_page: 25 },
    });
    if (data.items.length === 0) break;
    /*@A*/ for (const item of data.items) {
      const { data: product } = await api.get<Detail>(`/products/${item.id}`);
      details.push({ id: product.id, sku: product.sku, stock: product.inventory.available });
    }
  }
  return details;
}
