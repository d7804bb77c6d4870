// case: a Next.js route handler exports all orders to CSV by paging a tRPC server-side caller
// category: pagination-retries
// why: the index loop counts pages, not items; each call passes the cursor the previous page
//      returned and the loop breaks when there is no next cursor: every iteration depends on the last
import { NextResponse } from 'next/server';
import { appRouter } from '@/server/api/root';
import { createTRPCContext } from '@/server/api/trpc';

const MAX_PAGES = 200;

export async function GET(req: Request) {
  const ctx = await createTRPCContext({ headers: req.headers });
  const caller = appRouter.createCaller(ctx);

  const rows: string[] = ['id,placedAt,total,status'];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const res = await caller.order.list({ limit: 100, cursor });
    for (const o of res.items) {
      rows.push([o.id, o.placedAt.toISOString(), o.total.toFixed(2), o.status].join(','));
    }
    if (!res.nextCursor) break;
    cursor = res.nextCursor;
  }

  return new NextResponse(rows.join('\n'), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="orders.csv"',
    },
  });
}
