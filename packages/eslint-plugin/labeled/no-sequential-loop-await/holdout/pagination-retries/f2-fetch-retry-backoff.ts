// case: a relay fetches an upstream resource with up to four attempts and exponential backoff
// category: pagination-retries
// why: a retry loop: it returns on the first successful attempt, throws on a non-retryable status
//      and sleeps between attempts; every attempt after the first exists only because the
//      previous one failed
import { setTimeout as sleep } from 'node:timers/promises';

export async function getWithRetry<T>(url: string, attempts = 4): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    let res: Response | undefined;
    try {
      res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
    } catch (err) {
      lastError = err;
    }
    if (res?.ok) return (await res.json()) as T;
    if (res && res.status < 500 && res.status !== 429) {
      throw new Error(`GET ${url}: HTTP ${res.status}`);
    }
    if (res) lastError = new Error(`GET ${url}: HTTP ${res.status}`);
    const retryAfter = Number(res?.headers.get('retry-after') ?? 0) * 1000;
    await sleep(Math.max(retryAfter, 250 * 2 ** attempt + Math.random() * 100));
  }
  throw lastError;
}
