// case: a queue worker renders the HTML, text and subject of a receipt email through an imported helper and sends it
// category: imported-helpers
// why: renderEmail awaits loadTemplate, whose async body reads the .hbs file with readFileSync and
//      compiles it with Handlebars, then applies the template: all synchronous work on this thread, so the
//      three awaits have nothing to overlap; sendMail is awaited for its effect
import { Worker, type Job } from 'bullmq';
import nodemailer from 'nodemailer';
import { renderEmail } from './_modules/email/templates';

interface ReceiptJob {
  to: string;
  orderNumber: string;
  currency: string;
  lines: { title: string; qty: number; cents: number }[];
}

const transporter = nodemailer.createTransport(process.env.SMTP_URL);

export const receiptWorker = new Worker<ReceiptJob>(
  'receipts',
  async (job: Job<ReceiptJob>) => {
    const totalCents = job.data.lines.reduce((sum, l) => sum + l.qty * l.cents, 0);
    const data = { ...job.data, totalCents };

    const html = await renderEmail('receipt', data);
    const text = await renderEmail('receipt.text', data);
    const subject = await renderEmail('receipt.subject', data);

    await transporter.sendMail({ from: 'Acme <orders@acme.test>', to: job.data.to, subject: subject.trim(), html, text });
    return { sent: true };
  },
  { connection: { url: process.env.REDIS_URL }, concurrency: 8 },
);
