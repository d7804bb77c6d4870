// case: an Inngest function loads the user and the workspace in two steps, sleeps a day and sends a digest
// category: serverless
// why: step.run calls are durable, memoized steps executed in order; turning two of them into a
//      Promise.all changes the run's step history, so none of these awaits is a member
import { Resend } from 'resend';
import { inngest } from './client';
import { prisma } from '@/lib/prisma';

const resend = new Resend(process.env.RESEND_API_KEY);

export const onboardingDigest = inngest.createFunction(
  { id: 'onboarding-digest', retries: 3 },
  { event: 'app/user.signed_up' },
  async ({ event, step }) => {
    const user = await step.run('load-user', () =>
      prisma.user.findUniqueOrThrow({ where: { id: event.data.userId } }),
    );
    const workspace = await step.run('load-workspace', () =>
      prisma.workspace.findFirst({ where: { ownerId: event.data.userId } }),
    );

    await step.sleep('wait-one-day', '1d');

    await step.run('send-digest', () =>
      resend.emails.send({
        from: 'Acme <hello@acme.dev>',
        to: user.email,
        subject: workspace ? `Getting started with ${workspace.name}` : 'Create your first workspace',
        html: '<p>Welcome aboard.</p>',
      }),
    );
    return { sent: true };
  },
);
