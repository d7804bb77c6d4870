// case: a monthly report reads revenue, churn and signups, with a key computation, a log line and a date range between the reads
// category: statements-between
// why: the statements between the reads use only the arguments, not the reads' results, and change nothing
//      the later reads use, so the three reads form a group; the cache write is awaited for its effect
import pino from 'pino';
import { analytics } from './analytics';
import { cache } from './cache';
import { monthRange } from './dates';

const logger = pino({ name: 'reports' });

export async function monthlyReport(orgId: string, month: string) {
  const revenue = /*@A*/ await analytics.revenue(orgId, month);
  const cacheKey = `report:${orgId}:${month}`;
  logger.info({ orgId, month }, 'building monthly report');
  const churn = /*@A*/ await analytics.churn(orgId, month);
  const range = monthRange(month);
  const signups = /*@A*/ await analytics.signups(orgId, range.start, range.end);

  await cache.set(cacheKey, { revenue, churn, signups }, { ttlSeconds: 3600 });
  return { revenue, churn, signups };
}
