// case: a status endpoint reports the state of every export job the user started
// category: cache-queue
// why: getJob and job.getState are reads; each iteration reads its own job twice and pushes a
//      summary, with continue for jobs already removed, so all job ids can be looked up together
import { Queue } from 'bullmq';
import IORedis from 'ioredis';

const connection = new IORedis(process.env.REDIS_URL!, { maxRetriesPerRequest: null });
const exportsQueue = new Queue('exports', { connection });

export async function exportStatuses(jobIds: string[]) {
  const statuses: { id: string; state: string; progress: unknown }[] = [];
  /*@A*/ for (const id of jobIds) {
    const job = await exportsQueue.getJob(id);
    if (!job) continue;
    const state = await job.getState();
    statuses.push({ id, state, progress: job.progress });
  }
  return statuses;
}
