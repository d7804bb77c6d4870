// case: a quote builder calls two local helpers that each fill a field of the same quote object
// category: local-helpers
// why: `attachPricing` writes `quote.pricing` and `attachTax` reads `quote.pricing.subtotal` to compute the
//      tax base; the second helper reads what the first member wrote through the shared object, so the
//      awaits are dependent even though neither passes the other's result
import { pricingApi } from '@/services/pricing';
import { taxApi } from '@/services/tax';
import type { Address, LineItem, Pricing, TaxResult } from '@/types/quote';

interface Quote {
  items: LineItem[];
  shipTo: Address;
  pricing?: Pricing;
  tax?: TaxResult;
}

async function attachPricing(quote: Quote): Promise<Pricing> {
  quote.pricing = await pricingApi.price({ items: quote.items, currency: 'USD' });
  return quote.pricing;
}

async function attachTax(quote: Quote): Promise<TaxResult> {
  const subtotal = quote.pricing?.subtotal ?? 0;
  quote.tax = await taxApi.calculate({ amount: subtotal, address: quote.shipTo });
  return quote.tax;
}

export async function buildQuote(items: LineItem[], shipTo: Address) {
  const quote: Quote = { items, shipTo };
  const pricing = await attachPricing(quote);
  const tax = await attachTax(quote);
  return { ...quote, total: pricing.subtotal + pricing.shipping + tax.amount };
}
