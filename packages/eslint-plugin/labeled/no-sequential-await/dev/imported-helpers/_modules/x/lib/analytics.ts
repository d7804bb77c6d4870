const ANALYTICS_HOST = process.env.ANALYTICS_HOST ?? 'https://eu.posthog.com';

type TrendPoint = { day: string; count: number };

function rangeToDays(range: string): number {
  const match = /^(\d+)d$/.exec(range);
  return match ? Number(match[1]) : 30;
}

async function queryTrend(event: string, accountId: string, days: number): Promise<TrendPoint[]> {
  const res = await fetch(`${ANALYTICS_HOST}/api/projects/${process.env.ANALYTICS_PROJECT}/query/`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${process.env.ANALYTICS_API_KEY}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({
      query: {
        kind: 'HogQLQuery',
        query: `select toDate(timestamp) as day, count() from events
                where event = {event} and properties.account_id = {account}
                and timestamp > now() - interval {days} day group by day order by day`,
        values: { event, account: accountId, days },
      },
    }),
  });
  if (!res.ok) throw new Error(`analytics query failed: ${res.status}`);
  const body = (await res.json()) as { results: [string, number][] };
  return body.results.map(([day, count]) => ({ day, count }));
}

export async function buildUsageReport(accountId: string, range: string) {
  const days = rangeToDays(range);
  const points = await queryTrend('api_request', accountId, days);
  const total = points.reduce((sum, p) => sum + p.count, 0);
  const peak = points.reduce((best, p) => (p.count > best.count ? p : best), { day: '', count: 0 });
  return { days, points, total, peak };
}
