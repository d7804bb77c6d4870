// case: a shipping quote loads the cart and evaluates a LaunchDarkly flag in the if test before rating the shipment
// category: syntax-positions
// why: the flag await in the if test runs unconditionally right after the cart read and uses nothing of it
//      (group A); the carrier rate comes after a branch that may return and needs the cart
import { init } from '@launchdarkly/node-server-sdk';
import { getCart } from './carts';
import { carriers } from './carriers';

const ld = init(process.env.LD_SDK_KEY!);

export async function shippingQuote(cartId: string, userId: string, region: string) {
  const cart = /*@A*/ await getCart(cartId);
  if (/*@A*/ await ld.variation('free-shipping-2026', { kind: 'user', key: userId, region }, false)) {
    return { cost: 0, currency: 'EUR', reason: 'promo' as const };
  }

  const rate = await carriers.rate({ region, weightGrams: cart.weightGrams, parcels: cart.parcels });
  return { cost: rate.amount, currency: rate.currency, reason: 'standard' as const };
}
