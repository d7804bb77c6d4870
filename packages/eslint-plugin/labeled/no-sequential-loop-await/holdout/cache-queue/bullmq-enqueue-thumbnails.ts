// case: after an upload, one thumbnail job is enqueued per requested size
// category: cache-queue
// why: queue.add writes a job to Redis; the loop is a series of sends, never a set of reads
import { Queue } from 'bullmq';

const thumbnails = new Queue('thumbnails', {
  connection: { host: process.env.REDIS_HOST, port: 6379 },
  defaultJobOptions: { attempts: 3, backoff: { type: 'exponential', delay: 1000 } },
});

const SIZES = [
  { name: 'sm', width: 160 },
  { name: 'md', width: 640 },
  { name: 'lg', width: 1280 },
];

export async function onUpload(objectKey: string, ownerId: string) {
  const jobIds: string[] = [];
  for (const size of SIZES) {
    const job = await thumbnails.add(
      'resize',
      { objectKey, ownerId, width: size.width },
      { jobId: `${objectKey}:${size.name}` },
    );
    jobIds.push(job.id!);
  }
  return jobIds;
}
