// case: an upload route enqueues a thumbnail job with BullMQ and reports the queue's waiting count
// category: cache-queue
// why: getWaitingCount reads the queue that add just wrote to, so the count must come after the add
import { Queue } from 'bullmq';
import IORedis from 'ioredis';

const connection = new IORedis(process.env.REDIS_URL!, { maxRetriesPerRequest: null });
const thumbnails = new Queue<{ key: string; sizes: number[] }>('thumbnails', { connection });

export async function enqueueThumbnail(key: string) {
  const job = await thumbnails.add(
    'render',
    { key, sizes: [160, 480, 1080] },
    { attempts: 3, backoff: { type: 'exponential', delay: 2000 }, removeOnComplete: 1000 },
  );
  const waiting = await thumbnails.getWaitingCount();

  return { jobId: job.id, position: waiting };
}
