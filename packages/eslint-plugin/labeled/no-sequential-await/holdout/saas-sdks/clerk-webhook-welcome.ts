// case: a Clerk webhook route verifies the event, sends a welcome email with Resend and adds the contact
// category: saas-sdks
// why: verifyWebhook is a guard; emails.send is a write whose result is checked before going on; the
//      contact create is awaited for its effect, so every await stays in order
import { verifyWebhook } from '@clerk/nextjs/webhooks';
import type { NextRequest } from 'next/server';
import { Resend } from 'resend';
import { WelcomeEmail } from '@/emails/welcome';

const resend = new Resend(process.env.RESEND_API_KEY);

export async function POST(req: NextRequest) {
  const evt = await verifyWebhook(req);
  if (evt.type !== 'user.created') return new Response('ignored', { status: 200 });

  const email = evt.data.email_addresses[0]?.email_address;
  if (!email) return new Response('no email', { status: 200 });

  const { data, error } = await resend.emails.send({
    from: 'Acme <welcome@acme.dev>',
    to: email,
    subject: 'Welcome to Acme',
    react: WelcomeEmail({ firstName: evt.data.first_name ?? 'there' }),
  });
  if (error) return Response.json({ error }, { status: 502 });

  await resend.contacts.create({
    audienceId: process.env.RESEND_AUDIENCE_ID!,
    email,
    firstName: evt.data.first_name ?? undefined,
    unsubscribed: false,
  });

  return Response.json({ emailId: data?.id });
}
