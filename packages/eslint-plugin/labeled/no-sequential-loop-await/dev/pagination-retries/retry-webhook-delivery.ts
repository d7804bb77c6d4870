// case: a webhook sender retries a delivery up to five times with backoff
// category: pagination-retries
// why: not reported: the attempts loop over a fixed array, but the body returns on the first
//      success and sleeps between attempts, so each attempt exists only if the previous one failed
import { setTimeout as sleep } from 'node:timers/promises';

const BACKOFF_MS = [0, 500, 2_000, 8_000, 30_000];

export async function deliver(url: string, payload: unknown, secret: string) {
  let lastError: unknown;
  for (const delay of BACKOFF_MS) {
    await sleep(delay);
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-signature': secret },
        body: JSON.stringify(payload),
      });
      if (res.ok) return res.status;
      lastError = new Error(`status ${res.status}`);
    } catch (err) {
      lastError = err;
    }
  }
  throw lastError;
}
