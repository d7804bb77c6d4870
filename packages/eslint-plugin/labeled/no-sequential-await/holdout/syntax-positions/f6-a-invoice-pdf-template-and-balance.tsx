// case: an invoicing job builds a PDF heading from Stripe reads in a template literal, uploads the PDF, then computes what is still owed
// category: syntax-positions
// why: group A: listLineItems and the two retrieves inside the template literal (account, then invoice)
//      take only the arguments and read Stripe; none uses another's result. renderToBuffer needs the
//      heading and the lines, and the S3 PutObject is a write awaited for its effect, so no group
//      crosses them. Group B: the invoice retrieve on the left of `-` and the creditNotes.list inside
//      sumCredits(...) on the right read Stripe with the invoice id only and are independent.
import { renderToBuffer } from '@react-pdf/renderer';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import Stripe from 'stripe';
import { InvoiceDocument } from './InvoiceDocument';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
const s3 = new S3Client({ region: process.env.AWS_REGION });

const sumCredits = (notes: Stripe.ApiList<Stripe.CreditNote>) =>
  notes.data.filter((n) => n.status === 'issued').reduce((total, n) => total + n.amount, 0);

export async function publishInvoicePdf(invoiceId: string, accountId: string) {
  const lines = /*@A*/ await stripe.invoices.listLineItems(invoiceId, { limit: 100 });
  const heading = `${(/*@A*/ await stripe.accounts.retrieve(accountId)).business_profile?.name ?? 'Acme Billing'} · Invoice ${
    (/*@A*/ await stripe.invoices.retrieve(invoiceId)).number
  }`;

  const pdf = await renderToBuffer(<InvoiceDocument heading={heading} lines={lines.data} />);
  const key = `invoices/${accountId}/${invoiceId}.pdf`;
  await s3.send(
    new PutObjectCommand({ Bucket: process.env.INVOICE_BUCKET, Key: key, Body: pdf, ContentType: 'application/pdf' }),
  );

  const outstanding =
    (/*@B*/ await stripe.invoices.retrieve(invoiceId)).amount_remaining -
    sumCredits(/*@B*/ await stripe.creditNotes.list({ invoice: invoiceId, limit: 100 }));

  return { key, outstanding };
}
