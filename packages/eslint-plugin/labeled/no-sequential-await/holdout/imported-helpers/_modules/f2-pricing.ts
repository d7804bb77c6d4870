import { readFile } from 'node:fs/promises';

export interface PriceBook {
  currency: string;
  items: Record<string, { unitAmount: number; taxCode: string }>;
}

export async function loadPriceBook(region: string): Promise<PriceBook> {
  const raw = await readFile(new URL(`../../data/price-books/${region}.json`, import.meta.url), 'utf8');
  return JSON.parse(raw) as PriceBook;
}

export async function fetchTaxRate(country: string, postalCode: string): Promise<number> {
  const url = new URL('https://tax.example.com/v1/rates');
  url.searchParams.set('country', country);
  url.searchParams.set('postal_code', postalCode);
  const res = await fetch(url, { headers: { authorization: `Bearer ${process.env.TAX_API_KEY}` } });
  if (!res.ok) throw new Error(`tax lookup failed: ${res.status}`);
  const body = (await res.json()) as { combined_rate: number };
  return body.combined_rate;
}
