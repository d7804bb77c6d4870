// case: a Vercel cron route sends pending digests with Resend, then trims the pending set in KV
// category: serverless
// why: the batch send uses the ids read first, srem is a write awaited for its effect, and scard
//      reads the same set after it changed; no pair is independent
import { kv } from '@vercel/kv';
import { Resend } from 'resend';

const resend = new Resend(process.env.RESEND_API_KEY);

export async function GET(request: Request) {
  if (request.headers.get('authorization') !== `Bearer ${process.env.CRON_SECRET}`) {
    return new Response('unauthorized', { status: 401 });
  }

  const pending = await kv.smembers('digest:pending');
  const { data, error } = await resend.batch.send(
    pending.map((email) => ({
      from: 'Digest <digest@news.example>',
      to: [email],
      subject: 'Your weekly digest',
      html: '<p>Here is what happened this week.</p>',
    })),
  );
  if (error) return Response.json({ error }, { status: 502 });

  await kv.srem('digest:pending', ...pending);
  const remaining = await kv.scard('digest:pending');

  return Response.json({ sent: data?.data.length ?? 0, remaining });
}
