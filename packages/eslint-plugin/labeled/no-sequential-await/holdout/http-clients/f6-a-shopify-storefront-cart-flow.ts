// case: a headless storefront creates a cart, adds a line to it and reads the cart back for the drawer
// category: http-clients
// why: cartCreate is a mutation whose cart id every later call needs; cartLinesAdd is a mutation on that
//      cart and is awaited before its errors are checked; the final cart query reads the same cart right
//      after a write to it. Each step waits on the previous one: a negative case.
import { createStorefrontApiClient } from '@shopify/storefront-api-client';

const storefront = createStorefrontApiClient({
  storeDomain: 'https://acme-outfitters.myshopify.com',
  apiVersion: '2025-10',
  publicAccessToken: process.env.PUBLIC_STOREFRONT_TOKEN!,
});

const CART_CREATE = `mutation CartCreate($input: CartInput!) {
  cartCreate(input: $input) { cart { id checkoutUrl } userErrors { message } }
}`;
const CART_LINES_ADD = `mutation CartLinesAdd($cartId: ID!, $lines: [CartLineInput!]!) {
  cartLinesAdd(cartId: $cartId, lines: $lines) { cart { id } userErrors { field message } }
}`;
const CART_QUERY = `query Cart($cartId: ID!) {
  cart(id: $cartId) { id totalQuantity cost { totalAmount { amount currencyCode } } lines(first: 50) { nodes { id quantity } } }
}`;

export async function startCartWith(variantId: string, quantity: number, countryCode = 'US') {
  const created = await storefront.request(CART_CREATE, {
    variables: { input: { buyerIdentity: { countryCode } } },
  });
  const cartId = created.data?.cartCreate?.cart?.id;
  if (!cartId) throw new Error(created.data?.cartCreate?.userErrors?.[0]?.message ?? 'cartCreate failed');

  const added = await storefront.request(CART_LINES_ADD, {
    variables: { cartId, lines: [{ merchandiseId: variantId, quantity }] },
  });
  if (added.data?.cartLinesAdd?.userErrors?.length) {
    throw new Error(added.data.cartLinesAdd.userErrors[0].message);
  }

  const { data } = await storefront.request(CART_QUERY, { variables: { cartId } });
  return { cart: data?.cart, checkoutUrl: created.data.cartCreate.cart.checkoutUrl };
}
