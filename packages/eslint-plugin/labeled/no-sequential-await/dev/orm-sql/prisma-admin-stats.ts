// case: an admin stats endpoint returns Prisma counts and an aggregate in one object literal
// category: orm-sql
// why: the four awaits in the returned object are reads of different tables with a shared date
//      cutoff and none uses another's result, so all four are one group
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export async function getAdminStats(days = 30) {
  const since = new Date(Date.now() - days * 24 * 60 * 60 * 1000);

  return {
    newUsers: /*@A*/ await prisma.user.count({ where: { createdAt: { gte: since } } }),
    activeSubscriptions: /*@A*/ await prisma.subscription.count({ where: { status: 'ACTIVE' } }),
    revenue: (/*@A*/ await prisma.payment.aggregate({
      _sum: { amountCents: true },
      where: { paidAt: { gte: since }, status: 'SUCCEEDED' },
    }))._sum.amountCents ?? 0,
    topPlans: /*@A*/ await prisma.subscription.groupBy({
      by: ['planId'],
      _count: { _all: true },
      orderBy: { _count: { planId: 'desc' } },
      take: 5,
    }),
    since,
  };
}
