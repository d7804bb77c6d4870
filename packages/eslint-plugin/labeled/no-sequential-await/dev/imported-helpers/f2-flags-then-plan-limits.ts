// case: an org settings handler loads feature flags, then the plan limits, through two imported helpers
// category: imported-helpers
// why: loadFlags stores the flags in a module variable and resolvePlanLimits reads its limits from
//      that variable, so the second call depends on the first through shared module state although
//      no value passes between them at the call site
import { loadFlags, resolvePlanLimits } from './_modules/f2-flags';

export async function orgSettings(orgId: string) {
  const flags = await loadFlags();
  const limits = await resolvePlanLimits(orgId);

  return {
    plan: limits.plan,
    seats: limits.seats,
    projects: limits.projects,
    showBetaBanner: limits.beta,
    betaPlans: flags.betaPlans,
  };
}

export async function GET(request: Request) {
  const orgId = new URL(request.url).searchParams.get('org');
  if (!orgId) return new Response('missing org', { status: 400 });
  return Response.json(await orgSettings(orgId));
}
