// case: a status endpoint reports the state and progress of the export jobs a user started
// category: cache-queue
// why: getJob and getState only read the job hashes; the ids exist before the loop and each iteration
//      pushes its own status, so the queue is used as a store here, not consumed
import { Queue } from 'bullmq';
import IORedis from 'ioredis';

const connection = new IORedis(process.env.REDIS_URL!, { maxRetriesPerRequest: null });
const exportsQueue = new Queue('exports', { connection });

export async function exportStatuses(jobIds: string[]) {
  const statuses: Array<{ id: string; state: string; progress: unknown }> = [];
  /*@A*/ for (const id of jobIds) {
    const job = await exportsQueue.getJob(id);
    if (!job) {
      statuses.push({ id, state: 'unknown', progress: null });
      continue;
    }
    const state = await job.getState();
    statuses.push({ id, state, progress: job.progress });
  }
  return statuses;
}
