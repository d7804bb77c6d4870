// case: a rates client tries the primary API and falls back to a mirror when it fails
// category: http-clients
// why: the fallback fetch sits in the other branch of a conditional that tests the first response,
//      so it runs only when the first one failed; nothing here is unconditional and independent
const PRIMARY = 'https://rates.example.com/v1/latest';
const MIRROR = 'https://rates-mirror.example.net/v1/latest';

type Rates = { base: string; rates: Record<string, number> };

export async function latestRates(base = 'EUR'): Promise<Rates> {
  const primary = await fetch(`${PRIMARY}?base=${base}`, { signal: AbortSignal.timeout(3000) }).catch(() => null);

  const rates: Rates = primary?.ok
    ? await primary.json()
    : await (await fetch(`${MIRROR}?base=${base}`)).json();

  return rates;
}
