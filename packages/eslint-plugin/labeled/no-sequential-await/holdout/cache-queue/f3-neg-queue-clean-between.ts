// case: a BullMQ maintenance endpoint reads job counts, cleans completed jobs, then lists the workers
// category: cache-queue
// why: the clean is awaited with its result discarded, an ordered side effect between the two reads, so
//      the counts read and the workers read cannot be grouped across it
import { Queue } from 'bullmq';
import { Hono } from 'hono';

const connection = { url: process.env.REDIS_URL! };
const emailQueue = new Queue('email', { connection });

export const maintenance = new Hono();

maintenance.post('/queues/email/maintenance', async (c) => {
  const graceMs = Number(c.req.query('graceMs') ?? 60_000);
  try {
    const before = await emailQueue.getJobCounts('waiting', 'active', 'completed', 'failed');
    await emailQueue.clean(graceMs, 1000, 'completed');
    const workers = await emailQueue.getWorkers();
    return c.json({
      before,
      workers: workers.map((w) => ({ id: w.id, name: w.name, idleMs: Number(w.idle ?? 0) })),
    });
  } catch (err) {
    console.error('maintenance failed', err);
    return c.json({ error: 'maintenance failed' }, 500);
  } finally {
    console.info('email queue maintenance finished');
  }
});
