import { randomUUID } from 'node:crypto';

import { meter } from './meter-client';

export type UsageReceipt = { id: string; accepted: boolean; periodTotal: number };

export function usageForPeriod(accountId: string, feature: string) {
  return meter<{ total: number }>(`/v1/accounts/${accountId}/usage?feature=${feature}`);
}

export function recordUsage(accountId: string, feature: string, units: number) {
  return meter<UsageReceipt>(`/v1/accounts/${accountId}/events`, {
    method: 'POST',
    body: { feature, units, timestamp: new Date().toISOString() },
    idempotencyKey: randomUUID(),
  });
}
