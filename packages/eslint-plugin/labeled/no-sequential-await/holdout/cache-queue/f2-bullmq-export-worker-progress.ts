// case: a BullMQ worker builds a CSV export, reporting progress between the steps
// category: cache-queue
// why: the user read and the events read do not use each other, but job.updateProgress between them is
//      awaited for its effect and no group crosses it; the upload and the email are ordered writes
import { Worker } from 'bullmq';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Resend } from 'resend';
import { prisma } from './prisma';
import { connection } from './redis';
import { toCsv } from './csv';

const s3 = new S3Client({});
const resend = new Resend(process.env.RESEND_API_KEY);

type ExportJob = { userId: string; workspaceId: string; from: string };

export const exportWorker = new Worker<ExportJob>(
  'exports',
  async (job) => {
    const user = await prisma.user.findUniqueOrThrow({ where: { id: job.data.userId } });
    await job.updateProgress(10);

    const events = await prisma.event.findMany({
      where: { workspaceId: job.data.workspaceId, createdAt: { gte: new Date(job.data.from) } },
      orderBy: { createdAt: 'asc' },
    });
    await job.updateProgress(60);

    const key = `exports/${job.id}.csv`;
    await s3.send(new PutObjectCommand({ Bucket: process.env.EXPORT_BUCKET, Key: key, Body: toCsv(events) }));
    await job.updateProgress(90);

    await resend.emails.send({
      from: 'exports@example.com',
      to: user.email,
      subject: 'Your export is ready',
      text: `Download it from the dashboard: ${key}`,
    });
    return { key, rows: events.length };
  },
  { connection, concurrency: 4 },
);
