// case: a worker claims the next job with LMOVE from the pending list, then reads the pending list's length for its backlog gauge
// category: cache-queue
// why: LMOVE removes an item from `jobs:pending` and LLEN reads `jobs:pending` right after; a read of the
//      key just written is ordered (together, the backlog could count the job being claimed), and the
//      list is a queue; the LRU lookup between is synchronous, so nothing is grouped
import { createClient } from 'redis';
import { LRUCache } from 'lru-cache';
import { loadHandler, type JobHandler, type QueuedJob } from './handlers';

const client = createClient({ url: process.env.REDIS_URL });
const handlers = new LRUCache<string, JobHandler>({ max: 50 });

export async function claimNextJob(workerId: string) {
  const raw = await client.lMove('jobs:pending', `jobs:processing:${workerId}`, 'RIGHT', 'LEFT');
  const backlog = await client.lLen('jobs:pending');
  if (!raw) return { job: null, handler: null, backlog };

  const job = JSON.parse(raw) as QueuedJob;
  let handler = handlers.get(job.type);
  if (!handler) {
    handler = loadHandler(job.type);
    handlers.set(job.type, handler);
  }
  return { job, handler, backlog };
}
