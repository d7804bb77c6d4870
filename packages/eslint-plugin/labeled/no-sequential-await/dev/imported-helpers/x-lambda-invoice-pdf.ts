// case: a Lambda behind API Gateway renders an invoice PDF from an S3 template and Stripe data
// category: imported-helpers
// why: the default import fetchObject is an S3 GetObjectCommand and loadBillingContext is a
//      stripe.customers.retrieve: two reads of different systems, each from the request's own
//      fields. renderInvoicePdf needs both (and is CPU work); storeObject is a PutObject write
//      whose URL is used afterwards, after the group
import type { APIGatewayProxyHandlerV2 } from 'aws-lambda';

import fetchObject, { storeObject } from './_modules/x/lib/s3';
import { loadBillingContext } from './_modules/x/lib/billing';
import { renderInvoicePdf } from './_modules/x/lib/pdf';

const TEMPLATE_BUCKET = process.env.TEMPLATE_BUCKET!;
const OUTPUT_BUCKET = process.env.OUTPUT_BUCKET!;

export const handler: APIGatewayProxyHandlerV2 = async event => {
  const invoiceId = event.pathParameters?.invoiceId;
  const { customerId, locale = 'en' } = JSON.parse(event.body ?? '{}') as { customerId?: string; locale?: string };
  if (!invoiceId || !customerId) {
    return { statusCode: 400, body: JSON.stringify({ message: 'invoiceId and customerId are required' }) };
  }

  const template = /*@A*/ await fetchObject(TEMPLATE_BUCKET, `invoices/${locale}.hbs`);
  const billing = /*@A*/ await loadBillingContext(customerId);

  const pdf = await renderInvoicePdf(template, billing, invoiceId);
  const location = await storeObject(OUTPUT_BUCKET, `invoices/${invoiceId}.pdf`, pdf, 'application/pdf');

  return { statusCode: 201, body: JSON.stringify({ invoiceId, location }) };
};
