// case: a listing refresh deletes a cached price between the stock read and the price read
// category: statements-between
// why: priceCache.delete writes the map that getPrice reads first, so the price read must come
//      after it and the group ends at the delete
import { inventory, pricingApi } from '../clients';

const priceCache = new Map<string, number>();

async function getPrice(sku: string): Promise<number> {
  const cached = priceCache.get(sku);
  if (cached !== undefined) return cached;
  const { data } = await pricingApi.get<{ amount: number }>(`/prices/${sku}`);
  priceCache.set(sku, data.amount);
  return data.amount;
}

export async function refreshListing(sku: string) {
  const stock = await inventory.level(sku);
  priceCache.delete(sku);
  const price = await getPrice(sku);
  return { sku, stock, price };
}
