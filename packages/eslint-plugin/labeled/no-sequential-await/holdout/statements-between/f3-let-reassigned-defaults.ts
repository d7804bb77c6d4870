// case: plan, usage and overrides are read into let variables that get defaults assigned afterwards
// category: statements-between
// why: the three reads take the accountId and the period and none uses another's result; the
//      reassignments that fill in defaults all come after the last read
import { billing } from '@/lib/billing';
import { meter } from '@/lib/metering';
import { get as getEdgeConfig } from '@vercel/edge-config';

type Plan = { name: string; requestsPerMonth: number; tokensPerMonth: number };
type Usage = { requests: number; tokens: number };
type Overrides = Partial<Pick<Plan, 'requestsPerMonth' | 'tokensPerMonth'>>;

const FREE_PLAN: Plan = { name: 'free', requestsPerMonth: 10_000, tokensPerMonth: 1_000_000 };

export async function resolveLimits(accountId: string, period: string) {
  let plan: Plan | null = /*@A*/ await billing.getPlan(accountId);
  let usage: Usage | undefined = /*@A*/ await meter.usageFor(accountId, period);
  let overrides = /*@A*/ await getEdgeConfig<Overrides>(`limits_${accountId}`);

  if (!plan) plan = FREE_PLAN;
  usage ??= { requests: 0, tokens: 0 };
  overrides = overrides ?? {};

  const requestsPerMonth = overrides.requestsPerMonth ?? plan.requestsPerMonth;
  const tokensPerMonth = overrides.tokensPerMonth ?? plan.tokensPerMonth;
  return {
    plan: plan.name,
    remainingRequests: Math.max(0, requestsPerMonth - usage.requests),
    remainingTokens: Math.max(0, tokensPerMonth - usage.tokens),
  };
}
