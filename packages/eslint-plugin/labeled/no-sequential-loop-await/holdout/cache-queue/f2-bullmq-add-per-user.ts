// case: a nightly cron enqueues one weekly-digest job per opted-in user
// category: cache-queue
// why: each iteration awaits queue.add and discards the result: enqueuing a job is a write (an
//      ordered effect), not a read, so the loop is a sequence of sends
import { Queue } from 'bullmq';
import { db } from '../db';

const digests = new Queue('weekly-digest', {
  connection: { host: process.env.REDIS_HOST, port: 6379 },
});

export async function enqueueDigests(now = new Date()) {
  const users = await db.query.users.findMany({
    where: (u, { eq }) => eq(u.digestOptIn, true),
    columns: { id: true, email: true, timezone: true },
  });
  const weekKey = now.toISOString().slice(0, 10);
  let queued = 0;
  for (const user of users) {
    if (!user.email) continue;
    await digests.add(
      'send',
      { userId: user.id, email: user.email, week: weekKey, tz: user.timezone },
      { jobId: `digest:${user.id}:${weekKey}`, removeOnComplete: 1000, attempts: 3 },
    );
    queued++;
  }
  console.log(`queued ${queued} digests for week of ${weekKey}`);
}
