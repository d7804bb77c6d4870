// case: a quote endpoint loads the region's price book and the tax rate through imported helpers
// category: imported-helpers
// why: loadPriceBook only reads a JSON file and fetchTaxRate only sends a GET to the tax API; the
//      two take the request's fields and not each other's result, so they form a group
import { loadPriceBook, fetchTaxRate } from './_modules/f2-pricing';

interface QuoteRequest {
  region: string;
  country: string;
  postalCode: string;
  lines: { sku: string; quantity: number }[];
}

export async function quote(request: QuoteRequest) {
  const book = /*@A*/ await loadPriceBook(request.region);
  const taxRate = /*@A*/ await fetchTaxRate(request.country, request.postalCode);

  const subtotal = request.lines.reduce((sum, line) => {
    const item = book.items[line.sku];
    if (!item) throw new Error(`unknown sku ${line.sku} in ${request.region}`);
    return sum + item.unitAmount * line.quantity;
  }, 0);
  const tax = Math.round(subtotal * taxRate);

  return {
    currency: book.currency,
    subtotal,
    tax,
    total: subtotal + tax,
  };
}
