export interface Flags {
  limits: Record<string, { seats: number; projects: number }>;
  betaPlans: string[];
}

let current: Flags | null = null;

export async function loadFlags(): Promise<Flags> {
  const res = await fetch(`${process.env.FLAGS_URL}/flags.json`, { cache: 'no-store' });
  current = (await res.json()) as Flags;
  return current;
}

export async function resolvePlanLimits(orgId: string) {
  const res = await fetch(`${process.env.BILLING_URL}/orgs/${orgId}/plan`);
  const { plan } = (await res.json()) as { plan: string };
  const limits = current?.limits[plan];
  if (!limits) throw new Error(`no limits for plan ${plan}; were the flags loaded?`);
  return { plan, ...limits, beta: current!.betaPlans.includes(plan) };
}
