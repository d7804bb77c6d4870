// case: a Cloudflare Worker serves a product page from KV settings, a D1 row and an R2 image head
// category: serverless
// why: the KV get, the D1 first() and the R2 head read three different bindings by the same sku and
//      none reads another's result, so the three are one group
export interface Env {
  SETTINGS: KVNamespace;
  DB: D1Database;
  MEDIA: R2Bucket;
}

type Product = { sku: string; title: string; price_cents: number };

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const sku = new URL(request.url).pathname.split('/').pop() ?? '';

    const settings = /*@A*/ await env.SETTINGS.get<{ currency: string }>('storefront', 'json');
    const product = /*@A*/ await env.DB.prepare('SELECT sku, title, price_cents FROM products WHERE sku = ?')
      .bind(sku)
      .first<Product>();
    const image = /*@A*/ await env.MEDIA.head(`products/${sku}/main.webp`);

    if (!product) return new Response('not found', { status: 404 });
    return Response.json({
      ...product,
      currency: settings?.currency ?? 'USD',
      imageEtag: image?.httpEtag ?? null,
    });
  },
} satisfies ExportedHandler<Env>;
