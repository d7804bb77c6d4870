// case: a Shopify app looks up the inventory levels of each selected variant with an Admin GraphQL query
// category: http-clients
// why: the loop runs over the variant ids given to the function; each iteration sends a GraphQL query
//      (a read) for its own variant and stores the result under its id in a Map. No cursor, no early
//      exit, nothing one iteration reads from another: one report.
import { createAdminApiClient } from '@shopify/admin-api-client';

const VARIANT_LEVELS = `#graphql
  query VariantLevels($id: ID!) {
    productVariant(id: $id) {
      sku
      inventoryItem { inventoryLevels(first: 10) { nodes { location { name } quantities(names: ["available"]) { quantity } } } }
    }
  }`;

export async function inventoryForVariants(shop, accessToken, variantIds) {
  const client = createAdminApiClient({ storeDomain: shop, apiVersion: '2025-10', accessToken });
  const levels = new Map();

  /*@A*/ for (const id of variantIds) {
    const { data, errors } = await client.request(VARIANT_LEVELS, { variables: { id } });
    if (errors) {
      levels.set(id, { error: errors.message });
      continue;
    }
    const nodes = data.productVariant?.inventoryItem.inventoryLevels.nodes ?? [];
    levels.set(id, {
      sku: data.productVariant?.sku,
      byLocation: nodes.map((n) => ({ location: n.location.name, available: n.quantities[0]?.quantity ?? 0 })),
    });
  }

  return levels;
}
