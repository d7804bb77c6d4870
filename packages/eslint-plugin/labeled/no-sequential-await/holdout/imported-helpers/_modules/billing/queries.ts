import { prisma } from '../db';

export async function listOpenInvoices(accountId: string) {
  return prisma.invoice.findMany({
    where: { accountId, status: { in: ['open', 'past_due'] } },
    orderBy: { dueAt: 'asc' },
    select: { id: true, number: true, amountDue: true, dueAt: true, status: true },
  });
}

export async function getActiveSubscription(accountId: string) {
  return prisma.subscription.findUnique({
    where: { accountId },
    include: { plan: { select: { name: true, seats: true, interval: true } } },
  });
}

export async function getPaymentMethods(accountId: string) {
  return prisma.paymentMethod.findMany({
    where: { accountId, detachedAt: null },
    select: { id: true, brand: true, last4: true, isDefault: true },
  });
}

export async function recordBillingView(accountId: string, userId: string) {
  await prisma.auditEvent.create({ data: { accountId, userId, kind: 'billing.viewed' } });
}
