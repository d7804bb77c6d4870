// case: an admin route replays stored webhook events through the normal handler
// category: http-handlers
// why: each iteration awaits handleEvent for its effect (it updates orders and sends mail) and then
//      marks the event replayed; both are ordered writes, nothing here is a read to run together
import { NextResponse } from 'next/server';
import { prisma } from '@/lib/prisma';
import { handleEvent } from '@/lib/webhooks/handle-event';
import { requireAdmin } from '@/lib/auth';

export async function POST(req: Request) {
  await requireAdmin(req);
  const { since } = (await req.json()) as { since: string };

  const events = await prisma.webhookEvent.findMany({
    where: { receivedAt: { gte: new Date(since) }, replayedAt: null },
    orderBy: { receivedAt: 'asc' },
  });

  for (const event of events) {
    await handleEvent(event.type, event.payload);
    await prisma.webhookEvent.update({
      where: { id: event.id },
      data: { replayedAt: new Date() },
    });
  }

  return NextResponse.json({ replayed: events.length });
}
