// case: a support dashboard adds up open tickets over the queues a lead owns with `total += (await prisma.ticket.count(...))`
// category: accumulators
// why: each count reads its own queue; an integer sum does not depend on the order the counts arrive,
//      and `total` is never passed to a later call, so the counts can run together and be summed after
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

type Queue = { id: string; name: string; paused: boolean };

export async function openTicketsForLead(leadId: string, since: Date) {
  const queues: Queue[] = await prisma.queue.findMany({ where: { leadId } });
  let total = 0;
  /*@A*/ for (const queue of queues) {
    if (queue.paused) continue;
    total += (await prisma.ticket.count({
      where: { queueId: queue.id, status: { in: ['open', 'pending'] }, createdAt: { gte: since } },
    }));
  }
  return { leadId, total, queues: queues.length };
}
