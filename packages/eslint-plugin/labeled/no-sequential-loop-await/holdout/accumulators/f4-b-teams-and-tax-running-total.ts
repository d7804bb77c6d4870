// case: collecting the distinct teams of a list of users with a seen-set, quoting tax per invoice line against a running total, and sweeping sessions over a SCAN stream
// category: accumulators
// why: teamsOf skips a user when an earlier iteration's team already added them to `seen`, so
//      which calls run depends on earlier results; quoteLines sends each line's tax quote the
//      year-to-date total that the loop keeps growing (an accumulator the next call receives);
//      the sweep is a for await over a SCAN stream and its body deletes. Nothing is reported
import Redis from 'ioredis';
import { directory } from './directory-client';
import { taxApi } from './tax-client';

const redis = new Redis(process.env.REDIS_URL!);

export async function teamsOf(userIds: string[]) {
  const seen = new Set<string>();
  const teams: { id: string; name: string; memberIds: string[] }[] = [];
  for (const userId of userIds) {
    if (seen.has(userId)) continue;
    const team = await directory.teams.forUser(userId);
    for (const memberId of team.memberIds) seen.add(memberId);
    teams.push(team);
  }
  return teams;
}

export async function quoteLines(
  lines: { sku: string; amountCents: number }[],
  region: string,
  yearToDateCents: number,
) {
  let cumulative = yearToDateCents;
  const taxed: { sku: string; amountCents: number; taxCents: number }[] = [];
  for (const line of lines) {
    const { taxCents } = await taxApi.quote({ region, amountCents: line.amountCents, yearToDateCents: cumulative });
    cumulative += line.amountCents;
    taxed.push({ ...line, taxCents });
  }
  return taxed;
}

export async function sweepExpiredSessions() {
  let removed = 0;
  for await (const keys of redis.scanStream({ match: 'session:*', count: 500 })) {
    const batch = keys as string[];
    if (batch.length === 0) continue;
    const ttls = await redis.pipeline(batch.map((k) => ['ttl', k])).exec();
    const stale = batch.filter((_, i) => ttls?.[i]?.[1] === -1);
    if (stale.length > 0) removed += await redis.unlink(...stale);
  }
  return removed;
}
