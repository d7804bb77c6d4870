// case: an admin action loads a BullMQ job, checks its state and retries it when it failed
// category: cache-queue
// why: getState and retry are called on the job the first await returned, and retry runs only when
//      the state says failed; the chain is fully dependent
import { Queue } from 'bullmq';

const queue = new Queue('invoices', { connection: { url: process.env.REDIS_URL } });

export async function retryInvoiceJob(jobId: string) {
  const job = await queue.getJob(jobId);
  if (!job) {
    return { ok: false, reason: 'no such job' };
  }

  const state = await job.getState();
  if (state !== 'failed') {
    return { ok: false, reason: `job is ${state}` };
  }

  await job.retry('failed');
  return { ok: true, attemptsMade: job.attemptsMade };
}
