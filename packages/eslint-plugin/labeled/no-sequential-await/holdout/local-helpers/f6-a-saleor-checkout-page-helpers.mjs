// case: a Saleor storefront page guards that the checkout is open, maybe applies a promo code, then loads the checkout and two menus through local helpers
// category: local-helpers
// why: requireOpenCheckout is a local guard (it throws) awaited for its effect; applyPromoCode is a
//      mutation in a `? :` branch. Neither is a member, and fetchCheckout must follow the promo write on
//      the same checkout anyway. fetchCheckout and the two fetchMenu calls are local helpers that only
//      send GraphQL queries with the arguments and change no shared state: group A.
const SALEOR_API_URL = process.env.SALEOR_API_URL;

async function saleor(query, variables) {
  const res = await fetch(SALEOR_API_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const { data, errors } = await res.json();
  if (errors?.length) throw new Error(errors[0].message);
  return data;
}

async function requireOpenCheckout(id) {
  const { checkout } = await saleor('query($id: ID!) { checkout(id: $id) { id chargeStatus } }', { id });
  if (!checkout || checkout.chargeStatus === 'FULL') throw new Error(`checkout ${id} is closed`);
}

async function applyPromoCode(id, promoCode) {
  const data = await saleor(
    'mutation($id: ID!, $code: String!) { checkoutAddPromoCode(id: $id, promoCode: $code) { errors { message } } }',
    { id, code: promoCode },
  );
  return data.checkoutAddPromoCode.errors;
}

const fetchCheckout = async (id) =>
  (await saleor('query($id: ID!) { checkout(id: $id) { id totalPrice { gross { amount currency } } lines { id quantity } } }', { id })).checkout;

const fetchMenu = async (slug, channel) =>
  (await saleor('query($slug: String!, $channel: String!) { menu(slug: $slug, channel: $channel) { items { name url } } }', { slug, channel })).menu;

export async function checkoutPage(checkoutId, channel, promoCode) {
  await requireOpenCheckout(checkoutId);
  const promoErrors = promoCode ? await applyPromoCode(checkoutId, promoCode) : [];
  const checkout = /*@A*/ await fetchCheckout(checkoutId);
  const footer = /*@A*/ await fetchMenu('footer', channel);
  const navbar = /*@A*/ await fetchMenu('navbar', channel);
  return { checkout, promoErrors, footer, navbar };
}
