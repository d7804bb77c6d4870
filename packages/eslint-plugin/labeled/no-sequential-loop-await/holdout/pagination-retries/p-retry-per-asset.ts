// case: a deploy step downloads every remote asset, retrying each download on its own, and hashes it
// category: pagination-retries
// why: the retry is inside pRetry for one asset and never ends the outer loop; each iteration reads its
//      own URL and sets its own Map key, so the downloads are independent
import pRetry from 'p-retry';
import got from 'got';
import { createHash } from 'node:crypto';

interface Asset {
  id: string;
  url: string;
}

export async function hashAssets(assets: Asset[]) {
  const hashes = new Map<string, string>();
  /*@A*/ for (const asset of assets) {
    const body = await pRetry(() => got(asset.url, { timeout: { request: 15_000 } }).buffer(), {
      retries: 3,
      onFailedAttempt: ({ attemptNumber, error }) => console.warn(`${asset.id}: attempt ${attemptNumber} failed: ${error.message}`),
    });
    hashes.set(asset.id, createHash('sha256').update(body).digest('hex'));
  }
  return hashes;
}
