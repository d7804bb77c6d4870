// case: an org overview route loads the org, then a Stripe billing summary and the usage chart series through imported helpers
// category: imported-helpers
// why: getOrg is a Prisma read whose stripeCustomerId and warehouseId both later calls need, so it
//      stays first; prepareBillingSummary (via the billing index) only retrieves the Stripe customer and
//      lists invoices, and renderUsageChart despite its name fetches the usage series from the
//      warehouse API; they read different systems and form one group
import { NextResponse } from 'next/server';
import { prepareBillingSummary } from './_modules/billing';
import { getOrg } from './_modules/orgs';
import { renderUsageChart } from './_modules/usage';

export async function GET(_req: Request, { params }: { params: { orgId: string } }) {
  const org = await getOrg(params.orgId);

  const billing = /*@A*/ await prepareBillingSummary(org.stripeCustomerId);
  const usage = /*@A*/ await renderUsageChart(org.warehouseId);

  const last7 = usage.slice(-7).reduce((sum, p) => sum + p.requests, 0);
  return NextResponse.json({
    org: { id: org.id, name: org.name },
    billing,
    usage: { points: usage, last7 },
  });
}
