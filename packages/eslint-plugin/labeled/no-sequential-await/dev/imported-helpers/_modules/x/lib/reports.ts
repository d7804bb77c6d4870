const METRICS_URL = process.env.METRICS_URL ?? 'http://metrics.internal:8080';

type Series = { name: string; values: number[] };

export async function buildReport(teamId: string, weekStart: string) {
  const url = new URL(`/api/v1/teams/${teamId}/weekly`, METRICS_URL);
  url.searchParams.set('week', weekStart);
  const res = await fetch(url, { headers: { authorization: `Bearer ${process.env.METRICS_TOKEN}` } });
  if (!res.ok) throw new Error(`metrics ${res.status} for team ${teamId}`);
  const { series } = (await res.json()) as { series: Series[] };
  return series.map(s => ({
    name: s.name,
    total: s.values.reduce((a, b) => a + b, 0),
    trend: s.values.length > 1 ? s.values[s.values.length - 1] - s.values[0] : 0,
  }));
}
