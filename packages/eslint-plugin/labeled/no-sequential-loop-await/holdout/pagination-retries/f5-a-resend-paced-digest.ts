// case: a weekly digest job sends emails through Resend's batch API in chunks of 100, pausing between chunks to stay under the rate limit
// category: pagination-retries
// why: each iteration is a send (a write), the body throws on the first failed batch, and the
//      setTimeout pause paces the calls on purpose. Not reported.
import { Resend } from 'resend';
import { setTimeout as sleep } from 'node:timers/promises';

const resend = new Resend(process.env.RESEND_API_KEY);

interface Recipient {
  email: string;
  name: string;
  html: string;
}

export async function sendDigest(recipients: Recipient[]) {
  const ids: string[] = [];
  for (let i = 0; i < recipients.length; i += 100) {
    const chunk = recipients.slice(i, i + 100);
    const { data, error } = await resend.batch.send(
      chunk.map((r) => ({ from: 'Acme <digest@acme.dev>', to: [r.email], subject: `Your week, ${r.name}`, html: r.html })),
    );
    if (error) throw new Error(`batch at ${i} failed: ${error.message}`);
    ids.push(...(data?.data ?? []).map((d) => d.id));
    await sleep(600);
  }
  return ids;
}
