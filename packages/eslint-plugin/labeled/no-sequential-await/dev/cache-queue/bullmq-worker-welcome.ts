// case: a BullMQ worker reports progress, loads the user and the email template, then sends the mail
// category: cache-queue
// why: updateProgress is awaited for its effect and bounds the group; the Prisma read and the Redis
//      template read are independent reads between the two progress updates; the send is a write
import { Worker, type Job } from 'bullmq';
import Redis from 'ioredis';
import { PrismaClient } from '@prisma/client';
import { mailer } from './mailer';

const prisma = new PrismaClient();
const redis = new Redis(process.env.REDIS_URL!, { maxRetriesPerRequest: null });

export const worker = new Worker(
  'welcome-email',
  async (job: Job<{ userId: string; locale: string }>) => {
    await job.updateProgress(10);

    const user = /*@A*/ await prisma.user.findUniqueOrThrow({ where: { id: job.data.userId } });
    const template = /*@A*/ await redis.get(`email-template:welcome:${job.data.locale}`);

    await job.updateProgress(50);
    await mailer.send({
      to: user.email,
      subject: 'Welcome aboard',
      html: (template ?? '<p>Welcome, {{name}}!</p>').replace('{{name}}', user.name ?? 'there'),
    });
    return { delivered: true };
  },
  { connection: redis, concurrency: 5 },
);
