// case: a settlement job recomputes each wallet balance under a Redis lock
// category: cache-queue
// why: not reported: each iteration awaits redlock.using for its effect, holds a lock and writes
//      the balance; locked work stays in order
import Redis from 'ioredis';
import Redlock from 'redlock';
import { sumLedger, saveBalance } from './ledger';

const redis = new Redis(process.env.REDIS_URL!);
const redlock = new Redlock([redis], { retryCount: 10, retryDelay: 200 });

export async function settleWallets(walletIds: string[]) {
  for (const walletId of walletIds) {
    await redlock.using([`lock:wallet:${walletId}`], 5000, async (signal) => {
      const balance = await sumLedger(walletId);
      if (signal.aborted) throw signal.error;
      await saveBalance(walletId, balance);
    });
  }
}
