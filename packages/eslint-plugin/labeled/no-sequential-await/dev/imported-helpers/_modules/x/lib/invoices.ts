import { prisma } from './db';

export async function listInvoices(orgId: string, { take = 24 } = {}) {
  const invoices = await prisma.invoice.findMany({
    where: { orgId },
    orderBy: { issuedAt: 'desc' },
    take,
    select: { id: true, number: true, totalCents: true, currency: true, status: true, issuedAt: true, pdfUrl: true },
  });
  return invoices.map(invoice => ({ ...invoice, total: invoice.totalCents / 100 }));
}
