// case: a BullMQ report worker loads orders, reports progress, loads refunds, reports progress again
// category: cache-queue
// why: the two reads are independent of each other, but job.updateProgress between them is an
//      awaited side effect whose result is discarded: it is ordered after the orders read, and no
//      group crosses it
import { Job, Worker } from 'bullmq';
import { prisma } from '../db';
import { connection } from '../redis';
import { renderReportPdf, uploadReport } from '../reports';

interface ReportJob {
  shopId: string;
  from: string;
}

export const reportWorker = new Worker<ReportJob>(
  'monthly-report',
  async (job: Job<ReportJob>) => {
    const since = new Date(job.data.from);
    const orders = await prisma.order.findMany({ where: { shopId: job.data.shopId, createdAt: { gte: since } } });
    await job.updateProgress(40);
    const refunds = await prisma.refund.findMany({ where: { shopId: job.data.shopId, createdAt: { gte: since } } });
    await job.updateProgress(70);
    const pdf = await renderReportPdf({ orders, refunds });
    const url = await uploadReport(job.data.shopId, pdf);
    return { url };
  },
  { connection, concurrency: 2 },
);
