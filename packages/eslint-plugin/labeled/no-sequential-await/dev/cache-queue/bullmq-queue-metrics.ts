// case: an admin endpoint reports BullMQ job counts for two queues and the latest failures
// category: cache-queue
// why: getJobCounts on each queue and getFailed are read-only getters and none uses another's
//      result; they form one group
import { Queue } from 'bullmq';
import type { Request, Response } from 'express';

const connection = { host: process.env.REDIS_HOST ?? '127.0.0.1', port: 6379 };
const emailQueue = new Queue('email', { connection });
const webhookQueue = new Queue('webhooks', { connection });

export async function queueMetrics(_req: Request, res: Response) {
  const email = /*@A*/ await emailQueue.getJobCounts('wait', 'active', 'delayed', 'failed');
  const webhooks = /*@A*/ await webhookQueue.getJobCounts('wait', 'active', 'delayed', 'failed');
  const recentFailures = /*@A*/ await emailQueue.getFailed(0, 9);

  res.json({
    email,
    webhooks,
    recentFailures: recentFailures.map((job) => ({ id: job.id, name: job.name, reason: job.failedReason })),
  });
}
