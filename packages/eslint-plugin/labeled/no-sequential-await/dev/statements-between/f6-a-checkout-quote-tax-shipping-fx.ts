// case: a checkout quote loads the cart, then asks TaxJar for tax, EasyPost for stateless rates and the FX service for a rate, with plain statements in between
// category: statements-between
// why: the cart read feeds every later call, so it is no member. taxForOrder, retrieveStatelessRates and
//      fx.getRate use the cart but nothing of each other: group A. The statements between them (a debug
//      log of the destination, a parcel built from the cart) use no group result and change nothing a
//      member reads. The promotion lookup sits in a `? :` branch and is no member; cartStore.save is a
//      write awaited for its effect.
import Taxjar from 'taxjar';
import EasyPostClient from '@easypost/api';
import { cartStore } from '../cart/store';
import { fx } from '../fx/client';
import { promotions } from '../promotions';
import { logger } from '../logger';

const taxjar = new Taxjar({ apiKey: process.env.TAXJAR_API_KEY! });
const easypost = new EasyPostClient(process.env.EASYPOST_API_KEY!);
const WAREHOUSE = { street1: '417 Montgomery St', city: 'San Francisco', state: 'CA', zip: '94104', country: 'US' };

export async function quoteCheckout(cartId: string) {
  const cart = await cartStore.get(cartId);
  const to = { ...cart.shipping, country: cart.shipping.country ?? 'US' };
  const subtotal = cart.items.reduce((sum, i) => sum + i.unitPrice * i.quantity, 0);

  const tax = /*@A*/ await taxjar.taxForOrder({
    from_country: 'US', from_zip: WAREHOUSE.zip, from_state: WAREHOUSE.state,
    to_country: to.country, to_zip: to.zip, to_state: to.state,
    amount: subtotal, shipping: 0,
  });
  logger.debug({ cartId, to }, 'quoting shipping');
  const parcel = { weight: cart.items.reduce((w, i) => w + i.weightOz * i.quantity, 0) };
  const rates = /*@A*/ await easypost.BetaRate.retrieveStatelessRates({ from_address: WAREHOUSE, to_address: to, parcel });
  const fxRate = /*@A*/ await fx.getRate('USD', cart.currency);
  const promo = cart.promoCode ? await promotions.findActive(cart.promoCode) : null;

  const cheapest = rates.reduce((a: { rate: string }, b: { rate: string }) => (Number(a.rate) <= Number(b.rate) ? a : b));
  cart.quote = {
    tax: tax.tax.amount_to_collect * fxRate,
    shipping: Number(cheapest.rate) * fxRate,
    discount: promo ? promo.percentOff * subtotal * fxRate : 0,
  };
  await cartStore.save(cart);
  return cart.quote;
}
