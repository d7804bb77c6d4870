// case: a BullMQ worker gathers a user's weekly activity and team metrics, then emails a digest
// category: imported-helpers
// why: collectActivity runs a prisma groupBy and a Redis GET through a lazily created client
//      (helpers in lib/db and lib/redis); buildReport GETs the metrics service. Both read, with
//      the job's own fields, and neither uses the other. job.updateProgress is a discarded,
//      ordered effect after them, and sendDigestEmail (a send) needs both results
import { Worker, type Job } from 'bullmq';

import { collectActivity } from './_modules/x/jobs/activity';
import { buildReport } from './_modules/x/lib/reports';
import { sendDigestEmail } from './_modules/x/lib/email';
import { connection } from './_modules/x/lib/redis';

type DigestJob = { userId: string; teamId: string; weekStart: string };

export const digestWorker = new Worker<DigestJob, { messageId: string }>(
  'weekly-digest',
  async (job: Job<DigestJob>) => {
    const { userId, teamId, weekStart } = job.data;

    const activity = /*@A*/ await collectActivity(userId, weekStart);
    const report = /*@A*/ await buildReport(teamId, weekStart);
    await job.updateProgress(60);

    const messageId = await sendDigestEmail(userId, { activity, report });
    return { messageId };
  },
  { connection, concurrency: 5 },
);
