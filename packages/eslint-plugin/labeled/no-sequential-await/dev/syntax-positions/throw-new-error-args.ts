// case: a quota check throws an error built from two awaited lookups
// category: syntax-positions
// why: the tryConsume write decides whether the throw runs; inside the throw, current usage and
//      the plan limit are read independently as constructor arguments
import { plans } from '../billing/plans';
import { quotas } from '../billing/quotas';
import { usage } from '../billing/usage';

export class QuotaExceededError extends Error {
  constructor(readonly used: number, readonly limit: number) {
    super(`quota exceeded: ${used}/${limit}`);
  }
}

export async function consumeApiCall(accountId: string): Promise<void> {
  const allowed = await quotas.tryConsume(accountId, 1);
  if (!allowed) {
    throw new QuotaExceededError(/*@A*/ await usage.current(accountId), /*@A*/ await plans.limitFor(accountId));
  }
}
