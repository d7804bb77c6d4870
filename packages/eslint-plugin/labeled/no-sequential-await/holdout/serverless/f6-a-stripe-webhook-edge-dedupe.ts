// case: a Cloudflare Worker verifies a Stripe webhook with constructEventAsync, dedupes the event id in KV and enqueues paid invoices
// category: serverless
// why: the body read feeds the signature check; constructEventAsync is an awaited guard that must pass
//      before anything else; the KV get needs the verified event id and decides whether to go on; the KV
//      put and the queue send are writes awaited for their effect. Every await is ordered: a negative case.
import Stripe from 'stripe';

interface Env {
  STRIPE_SECRET_KEY: string;
  STRIPE_WEBHOOK_SECRET: string;
  WEBHOOK_EVENTS: KVNamespace;
  BILLING_QUEUE: Queue<{ kind: string; invoiceId: string; customerId: string }>;
}

const cryptoProvider = Stripe.createSubtleCryptoProvider();

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const stripe = new Stripe(env.STRIPE_SECRET_KEY, { httpClient: Stripe.createFetchHttpClient() });
    const signature = request.headers.get('stripe-signature');
    if (!signature) return new Response('missing signature', { status: 400 });

    const payload = await request.text();
    let event: Stripe.Event;
    try {
      event = await stripe.webhooks.constructEventAsync(payload, signature, env.STRIPE_WEBHOOK_SECRET, undefined, cryptoProvider);
    } catch {
      return new Response('invalid signature', { status: 400 });
    }

    const seen = await env.WEBHOOK_EVENTS.get(`evt:${event.id}`);
    if (seen) return new Response('duplicate', { status: 200 });
    await env.WEBHOOK_EVENTS.put(`evt:${event.id}`, '1', { expirationTtl: 60 * 60 * 24 * 3 });

    if (event.type === 'invoice.paid') {
      const invoice = event.data.object;
      await env.BILLING_QUEUE.send({ kind: 'invoice.paid', invoiceId: invoice.id!, customerId: invoice.customer as string });
    }
    return new Response('ok');
  },
};
