const INVENTORY_URL = process.env.INVENTORY_URL ?? 'http://inventory:8080';

export async function getStockLevel(slug: string) {
  const res = await fetch(`${INVENTORY_URL}/v2/stock/${encodeURIComponent(slug)}`, { cache: 'no-store' });
  if (!res.ok) return { available: 0, warehouse: null as string | null };
  const body = (await res.json()) as { qty: number; warehouse: string };
  return { available: body.qty, warehouse: body.warehouse };
}
