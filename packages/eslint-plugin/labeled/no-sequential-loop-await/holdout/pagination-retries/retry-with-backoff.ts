// case: a webhook sender retries a delivery with exponential backoff
// category: pagination-retries
// why: an attempt loop, not a loop over items: it returns on the first success, sleeps between attempts
//      on purpose and throws after the last one
import { setTimeout as sleep } from 'node:timers/promises';

export async function deliver(url: string, payload: unknown, signature: string) {
  const delays = [0, 500, 2000, 8000];
  let lastError: unknown;
  for (const [attempt, delay] of delays.entries()) {
    if (delay) await sleep(delay);
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-signature': signature },
        body: JSON.stringify(payload),
        signal: AbortSignal.timeout(10_000),
      });
      if (res.ok) return { attempt: attempt + 1, status: res.status };
      if (res.status < 500 && res.status !== 429) throw new Error(`rejected with ${res.status}`);
      lastError = new Error(`status ${res.status}`);
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}
