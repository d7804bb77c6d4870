// case: an invoice page loader tags its tracing span, bumps a view counter and stamps a local between three reads
// category: statements-between
// why: the invoice, its lines and its payment intents are all read by the ids the request gives; the span
//      attributes, the counter and the `viewedAt` local use only those ids and change nothing a later read
//      takes, so the three reads form one group; the view insert is awaited for its effect and ends it
import { trace } from '@opentelemetry/api';
import { Counter } from 'prom-client';
import { db } from '@/server/db';
import { stripe } from '@/server/stripe';

const tracer = trace.getTracer('billing-web');
const invoiceViews = new Counter({
  name: 'invoice_page_views_total',
  help: 'Invoice detail page views',
  labelNames: ['tenant'],
});

export async function loadInvoicePage(tenantId: string, invoiceId: string) {
  return tracer.startActiveSpan('loadInvoicePage', async (span) => {
    try {
      span.setAttribute('tenant.id', tenantId);
      const invoice = /*@A*/ await db.invoice.findFirst({ where: { id: invoiceId, tenantId } });
      span.setAttribute('invoice.id', invoiceId);
      invoiceViews.inc({ tenant: tenantId });
      const viewedAt = new Date();
      const lines = /*@A*/ await db.invoiceLine.findMany({
        where: { invoiceId },
        orderBy: { position: 'asc' },
      });
      const intents = /*@A*/ await stripe.paymentIntents.search({
        query: `metadata['invoiceId']:'${invoiceId}'`,
        limit: 10,
      });
      await db.invoiceView.create({ data: { invoiceId, tenantId, viewedAt } });
      if (!invoice) return null;
      return {
        invoice,
        lines,
        attempts: intents.data.map((pi) => ({ id: pi.id, status: pi.status, amount: pi.amount })),
      };
    } finally {
      span.end();
    }
  });
}
