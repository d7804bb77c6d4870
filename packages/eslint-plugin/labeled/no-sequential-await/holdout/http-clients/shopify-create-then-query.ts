// case: a sync job creates a Shopify product with a GraphQL mutation and then queries its inventory item
// category: http-clients
// why: the first request is a mutation (a write) and the query asks for the product the mutation just
//      created, using its id, so the two stay in order
import { createAdminApiClient } from '@shopify/admin-api-client';

const shopify = createAdminApiClient({
  storeDomain: process.env.SHOPIFY_STORE!,
  apiVersion: '2025-07',
  accessToken: process.env.SHOPIFY_ADMIN_TOKEN!,
});

const CREATE = `#graphql
  mutation CreateProduct($product: ProductCreateInput!) {
    productCreate(product: $product) { product { id } userErrors { field message } }
  }`;

const INVENTORY = `#graphql
  query Inventory($id: ID!) {
    product(id: $id) { variants(first: 1) { nodes { inventoryItem { id } } } }
  }`;

export async function createProduct(title: string, vendor: string) {
  const created = await shopify.request(CREATE, { variables: { product: { title, vendor, status: 'DRAFT' } } });
  const productId = created.data?.productCreate?.product?.id;
  if (!productId) throw new Error(JSON.stringify(created.data?.productCreate?.userErrors));

  const inventory = await shopify.request(INVENTORY, { variables: { id: productId } });
  return {
    productId,
    inventoryItemId: inventory.data?.product?.variants.nodes[0]?.inventoryItem.id,
  };
}
