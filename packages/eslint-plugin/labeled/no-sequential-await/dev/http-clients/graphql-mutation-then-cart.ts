// case: a storefront adds a line to the cart with a GraphQL mutation and then re-queries the cart
// category: http-clients
// why: the mutation writes the cart and the query reads the same cart right after, so the query must
//      wait for the mutation even though both go out as POST to the same endpoint
import { GraphQLClient, gql } from 'graphql-request';

const storefront = new GraphQLClient(`https://${process.env.SHOP_DOMAIN}/api/2024-10/graphql.json`, {
  headers: { 'X-Shopify-Storefront-Access-Token': process.env.STOREFRONT_TOKEN! },
});

const ADD_LINE = gql`
  mutation AddLine($cartId: ID!, $merchandiseId: ID!) {
    cartLinesAdd(cartId: $cartId, lines: [{ merchandiseId: $merchandiseId, quantity: 1 }]) {
      userErrors { message }
    }
  }
`;
const CART = gql`
  query Cart($cartId: ID!) {
    cart(id: $cartId) { totalQuantity cost { totalAmount { amount currencyCode } } }
  }
`;

export async function addToCart(cartId: string, merchandiseId: string) {
  const added = await storefront.request<{ cartLinesAdd: { userErrors: { message: string }[] } }>(ADD_LINE, { cartId, merchandiseId });
  const { cart } = await storefront.request<{ cart: { totalQuantity: number } }>(CART, { cartId });
  return { errors: added.cartLinesAdd.userErrors, cart };
}
