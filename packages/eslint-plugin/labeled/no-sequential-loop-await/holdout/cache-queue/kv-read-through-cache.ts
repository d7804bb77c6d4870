// case: a Worker resolves several exchange rates through a KV read-through cache
// category: cache-queue
// why: on a miss the body fetches the origin and writes the value back with KV put; each iteration may
//      write, so it is not a read-only loop
export interface Env {
  RATES: KVNamespace;
  RATES_API: string;
}

export async function getRates(env: Env, pairs: string[]): Promise<Record<string, number>> {
  const rates: Record<string, number> = {};
  for (const pair of pairs) {
    let rate = await env.RATES.get<number>(`rate:${pair}`, 'json');
    if (rate === null) {
      const res = await fetch(`${env.RATES_API}/latest?pair=${encodeURIComponent(pair)}`);
      rate = ((await res.json()) as { rate: number }).rate;
      await env.RATES.put(`rate:${pair}`, JSON.stringify(rate), { expirationTtl: 300 });
    }
    rates[pair] = rate;
  }
  return rates;
}
