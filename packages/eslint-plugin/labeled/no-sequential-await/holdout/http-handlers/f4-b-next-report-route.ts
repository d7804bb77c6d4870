// case: a Next.js App Router GET route handler returns a report with its comments and viewer count, behind a session check
// category: http-handlers
// why: `await params` waits on a promise Next already created (no new work, not a member); auth()
//      is checked by the 401 return before anything else starts; the report, its comments and the
//      HyperLogLog viewer count are three reads keyed by id that use nothing of each other (A);
//      the pfadd recording this view is awaited for its effect after them
import { NextResponse, type NextRequest } from 'next/server';
import { auth } from '@/auth';
import { prisma } from '@/lib/prisma';
import { redis } from '@/lib/redis';

export async function GET(_req: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await auth();
  if (!session?.user?.id) {
    return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  }

  const report = /*@A*/ await prisma.report.findUnique({
    where: { id },
    include: { author: { select: { name: true, image: true } } },
  });
  const comments = /*@A*/ await prisma.comment.findMany({
    where: { reportId: id },
    orderBy: { createdAt: 'asc' },
    take: 100,
  });
  const viewers = /*@A*/ await redis.pfcount(`report:${id}:viewers`);

  if (!report) {
    return NextResponse.json({ error: 'not found' }, { status: 404 });
  }
  await redis.pfadd(`report:${id}:viewers`, session.user.id);
  return NextResponse.json({ report, comments, viewers });
}
