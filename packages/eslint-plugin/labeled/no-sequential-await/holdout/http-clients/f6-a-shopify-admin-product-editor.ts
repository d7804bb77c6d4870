// case: a Shopify embedded app loads a product, the shop's locations and shop settings, and renames a product
// category: http-clients
// why: in loadEditor the three client.request calls are GraphQL queries that take only the route's
//      product id or nothing; none uses another's data, so they are group A. In renameProduct the
//      productUpdate mutation needs the product id read by the query before it, so that pair is
//      dependent and unmarked.
import { createAdminApiClient } from '@shopify/admin-api-client';

const PRODUCT_QUERY = `#graphql
  query Product($id: ID!) {
    product(id: $id) { id title handle variants(first: 50) { nodes { id sku price } } }
  }`;
const LOCATIONS_QUERY = `#graphql
  query Locations { locations(first: 25) { nodes { id name isActive } } }`;
const SHOP_QUERY = `#graphql
  query Shop { shop { name currencyCode weightUnit } }`;
const PRODUCT_UPDATE = `#graphql
  mutation ProductUpdate($product: ProductUpdateInput!) {
    productUpdate(product: $product) { product { id title } userErrors { field message } }
  }`;

const clientFor = (storeDomain: string, accessToken: string) =>
  createAdminApiClient({ storeDomain, apiVersion: '2025-10', accessToken });

export async function loadEditor(shop: string, token: string, productId: string) {
  const client = clientFor(shop, token);
  const { data: productData } = /*@A*/ await client.request(PRODUCT_QUERY, { variables: { id: productId } });
  const { data: locationData } = /*@A*/ await client.request(LOCATIONS_QUERY);
  const { data: shopData } = /*@A*/ await client.request(SHOP_QUERY);

  return {
    product: productData?.product,
    locations: locationData?.locations.nodes.filter((l: { isActive: boolean }) => l.isActive) ?? [],
    currency: shopData?.shop.currencyCode,
  };
}

export async function renameProduct(shop: string, token: string, handle: string, title: string) {
  const client = clientFor(shop, token);
  const { data } = await client.request(`#graphql query ($h: String!) { productByHandle(handle: $h) { id } }`, {
    variables: { h: handle },
  });
  const res = await client.request(PRODUCT_UPDATE, { variables: { product: { id: data.productByHandle.id, title } } });
  return res.data?.productUpdate.userErrors ?? [];
}
