// case: a checkout quote copies the saved cart's items into the lines array, counts a metric, then prices the lines
// category: statements-between
// why: the pricing call takes only `lineItems`, which is not the cart, but the push between the awaits fills
//      that array from the cart the first await returned; the quote reads the first result through the
//      array, so the two awaits are dependent and stay in order
import { metrics } from '@/lib/metrics';
import { carts } from '@/services/carts';
import { pricingClient } from '@/services/pricing';
import type { AddOn, QuoteLine } from '@/types/checkout';

function toQuoteLine(addOn: AddOn): QuoteLine {
  return { sku: addOn.sku, qty: 1, kind: 'add-on' };
}

export async function quoteCheckout(cartId: string, addOns: AddOn[]) {
  const lineItems: QuoteLine[] = addOns.map(toQuoteLine);
  const cart = await carts.get(cartId);
  lineItems.push(...cart.items.map((item) => ({ sku: item.sku, qty: item.quantity, kind: 'product' as const })));
  metrics.increment('checkout.quote.requested', { addOns: addOns.length });
  const quote = await pricingClient.quote({ lines: lineItems, currency: 'EUR' });
  return { cartId, lines: lineItems, total: quote.total, currency: quote.currency };
}
