// case: a billing page route checks the member's role, loads the Polar customer, subscriptions and orders, then opens a portal session
// category: http-handlers
// why: `await params` waits on a promise Next.js already started (no new work), so it is no member even
//      though getSession does not use it. assertBillingAdmin is a guard awaited for its effect: nothing
//      after it may start before it passes. The three awaits inside summarize(...)'s arguments read
//      Polar with only the customer id from the session and use nothing of each other: group A.
//      customerSessions.create creates a portal session (a write) after the reads: no member.
import { Polar } from '@polar-sh/sdk';
import { assertBillingAdmin, getSession } from '@/lib/auth';
import { summarize } from '@/lib/billing/summary';

const polar = new Polar({ accessToken: process.env.POLAR_ACCESS_TOKEN!, server: 'production' });

export async function GET(req: Request, { params }: { params: Promise<{ orgId: string }> }) {
  const { orgId } = await params;
  const session = await getSession(req);
  await assertBillingAdmin(session, orgId);
  const customerId = session.orgs[orgId].polarCustomerId;

  const summary = summarize(
    /*@A*/ await polar.customers.get({ id: customerId }),
    /*@A*/ await polar.subscriptions.list({ customerId, active: true }),
    /*@A*/ await polar.orders.list({ customerId, limit: 10 }),
  );

  const portal = await polar.customerSessions.create({ customerId });

  return Response.json({ ...summary, portalUrl: portal.customerPortalUrl });
}
