// case: a storefront page loads each featured product by handle from the Shopify Storefront GraphQL API
// category: http-clients
// why: the request is a POST, but it sends a GraphQL query (a read); the handles exist before the loop
//      and each iteration pushes its own product
const ENDPOINT = `https://${process.env.SHOPIFY_STORE_DOMAIN}/api/2025-01/graphql.json`;

const PRODUCT_QUERY = /* GraphQL */ `
  query ProductByHandle($handle: String!) {
    product(handle: $handle) {
      id
      title
      featuredImage { url altText }
      priceRange { minVariantPrice { amount currencyCode } }
    }
  }
`;

export async function featuredProducts(handles: string[]) {
  const products = [];
  /*@A*/ for (const handle of handles) {
    const res = await fetch(ENDPOINT, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-shopify-storefront-access-token': process.env.SHOPIFY_STOREFRONT_TOKEN!,
      },
      body: JSON.stringify({ query: PRODUCT_QUERY, variables: { handle } }),
      next: { revalidate: 300 },
    });
    const { data } = (await res.json()) as { data: { product: unknown | null } };
    if (data.product) products.push(data.product);
  }
  return products;
}
