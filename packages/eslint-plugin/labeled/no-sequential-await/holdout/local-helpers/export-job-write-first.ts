// case: an export endpoint inserts an export job through a helper, reads the subscription through another, then enqueues it
// category: local-helpers
// why: createExportJob is a write but it is the first member, and getSubscription reads another table the
//      insert does not touch, so both can start together; the queue add is awaited for its effect
import { Queue } from 'bullmq';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { exportJobs, subscriptions } from '@/db/schema';

const exportQueue = new Queue('exports', { connection: { url: process.env.REDIS_URL } });

async function createExportJob(userId: string, format: 'csv' | 'json') {
  const [job] = await db.insert(exportJobs).values({ userId, format, status: 'queued' }).returning();
  return job;
}

async function getSubscription(userId: string) {
  return db.query.subscriptions.findFirst({ where: eq(subscriptions.userId, userId) });
}

export async function requestExport(userId: string, format: 'csv' | 'json') {
  const job = /*@A*/ await createExportJob(userId, format);
  const sub = /*@A*/ await getSubscription(userId);

  const priority = sub?.plan === 'team' ? 1 : 5;
  await exportQueue.add('export', { jobId: job.id }, { priority });

  return { jobId: job.id, eta: priority === 1 ? '5 minutes' : '1 hour' };
}
