// case: a QStash job endpoint verifies the signature, loads the order and the Stripe customer, then emails the receipt with Resend and a copy to ops with Postmark
// category: http-handlers
// why: the signature check needs the raw body and guards everything after it; the order select and
//      stripe.customers.retrieve only use the job payload: group A; the Resend send and the Postmark
//      send are writes whose results are used, and the second must not start before the first settled
//      (an error return in between, and a failed receipt must not produce an ops copy); the final update
//      is a discarded write
import { Receiver } from '@upstash/qstash';
import { neon } from '@neondatabase/serverless';
import { ServerClient } from 'postmark';
import { Resend } from 'resend';
import Stripe from 'stripe';
import { ReceiptEmail } from '@/emails/receipt';

const sql = neon(process.env.DATABASE_URL!);
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
const resend = new Resend(process.env.RESEND_API_KEY);
const postmark = new ServerClient(process.env.POSTMARK_TOKEN!);
const receiver = new Receiver({
  currentSigningKey: process.env.QSTASH_CURRENT_SIGNING_KEY!,
  nextSigningKey: process.env.QSTASH_NEXT_SIGNING_KEY!,
});

type Job = { orderId: string; stripeCustomerId: string };

export async function POST(req: Request) {
  const body = await req.text();
  const valid = await receiver
    .verify({ signature: req.headers.get('upstash-signature') ?? '', body })
    .catch(() => false);
  if (!valid) {
    return new Response('invalid signature', { status: 401 });
  }

  const { orderId, stripeCustomerId } = JSON.parse(body) as Job;

  const [order] = /*@A*/ await sql`
    select id, number, total_cents, currency, email
    from orders
    where id = ${orderId}`;
  const customer = /*@A*/ await stripe.customers.retrieve(stripeCustomerId);

  if (!order || customer.deleted) {
    return new Response('nothing to send');
  }

  const { data: sent, error } = await resend.emails.send({
    from: 'Acme <receipts@acme.dev>',
    to: order.email,
    subject: `Your receipt for order #${order.number}`,
    react: ReceiptEmail({ order, customerName: customer.name ?? '' }),
  });
  if (error || !sent) {
    return new Response(error?.message ?? 'send failed', { status: 500 });
  }

  const opsCopy = await postmark.sendEmail({
    From: 'receipts@acme.dev',
    To: 'ops@acme.dev',
    Subject: `Receipt sent: #${order.number}`,
    TextBody: `Order ${order.id} (${order.total_cents / 100} ${order.currency}) receipt ${sent.id}`,
    MessageStream: 'outbound',
  });

  await sql`update orders set receipt_email_id = ${sent.id}, ops_message_id = ${opsCopy.MessageID} where id = ${orderId}`;
  return new Response('ok');
}
