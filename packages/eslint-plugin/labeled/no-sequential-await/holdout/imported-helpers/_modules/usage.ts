const WAREHOUSE_URL = process.env.WAREHOUSE_URL ?? 'https://warehouse.internal/api';

export interface UsagePoint {
  day: string;
  requests: number;
}

// Returns the series the chart component draws (last 30 days).
export async function renderUsageChart(warehouseId: string): Promise<UsagePoint[]> {
  const url = new URL(`${WAREHOUSE_URL}/tenants/${warehouseId}/usage`);
  url.searchParams.set('window', '30d');
  const res = await fetch(url, { headers: { 'x-api-key': process.env.WAREHOUSE_KEY ?? '' } });
  if (!res.ok) throw new Error(`warehouse responded ${res.status}`);
  const { points } = (await res.json()) as { points: UsagePoint[] };
  return points;
}
