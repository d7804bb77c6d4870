import { Resend } from 'resend';

import { prisma } from './db';

const resend = new Resend(process.env.RESEND_API_KEY);

export async function sendDigestEmail(userId: string, payload: { activity: unknown; report: unknown }) {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, name: true } });
  const { data, error } = await resend.emails.send({
    from: 'Digest <digest@example.com>',
    to: user.email,
    subject: `Your week, ${user.name ?? 'there'}`,
    html: `<pre>${JSON.stringify(payload, null, 2)}</pre>`,
  });
  if (error) throw new Error(error.message);
  return data!.id;
}
