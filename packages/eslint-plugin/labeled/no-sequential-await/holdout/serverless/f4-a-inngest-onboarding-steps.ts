// case: an Inngest function onboards a new workspace: loads the owner, the workspace and company data in steps, creates the Stripe customer, then sleeps and waits for the first project
// category: serverless
// why: Inngest memoizes steps by id and runs steps started together in parallel (Promise.all of
//      step.run is its documented parallelism), so the three read-only steps that only use event data
//      are group A; the Stripe customer step is a write that needs owner and workspace, the save step
//      and sendEvent are discarded writes, step.sleep is pacing, and waitForEvent/nudge are ordered
import { Inngest } from 'inngest';
import { eq } from 'drizzle-orm';
import Stripe from 'stripe';
import { Resend } from 'resend';
import { db } from '@/db';
import { users, workspaces } from '@/db/schema';

export const inngest = new Inngest({ id: 'acme-app' });
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
const resend = new Resend(process.env.RESEND_API_KEY);

type Company = { name: string; employees: number | null; industry: string | null };

export const onboardWorkspace = inngest.createFunction(
  { id: 'onboard-workspace', concurrency: { key: 'event.data.workspaceId', limit: 1 } },
  { event: 'workspace/created' },
  async ({ event, step }) => {
    const { workspaceId, ownerId, domain } = event.data as { workspaceId: string; ownerId: string; domain: string };

    const owner = /*@A*/ await step.run('load-owner', () =>
      db.query.users.findFirst({ where: eq(users.id, ownerId), columns: { id: true, email: true, name: true } }),
    );
    const workspace = /*@A*/ await step.run('load-workspace', () =>
      db.query.workspaces.findFirst({ where: eq(workspaces.id, workspaceId), columns: { id: true, name: true } }),
    );
    const company = /*@A*/ await step.run('lookup-company', async () => {
      const res = await fetch(`https://company.example-enrich.dev/v1/domains/${encodeURIComponent(domain)}`, {
        headers: { authorization: `Bearer ${process.env.ENRICH_API_KEY}` },
      });
      return res.ok ? ((await res.json()) as Company) : null;
    });

    if (!owner || !workspace) {
      return { skipped: true };
    }

    const customer = await step.run('create-stripe-customer', () =>
      stripe.customers.create(
        { email: owner.email, name: company?.name ?? workspace.name, metadata: { workspaceId } },
        { idempotencyKey: `ws-${workspaceId}` },
      ),
    );
    await step.run('save-customer-id', () =>
      db.update(workspaces).set({ stripeCustomerId: customer.id }).where(eq(workspaces.id, workspaceId)),
    );
    await step.sendEvent('emit-ready', { name: 'workspace/ready', data: { workspaceId } });

    await step.sleep('let-them-explore', '2d');
    const firstProject = await step.waitForEvent('wait-first-project', {
      event: 'project/created',
      timeout: '5d',
      if: `async.data.workspaceId == '${workspaceId}'`,
    });
    if (!firstProject) {
      await step.run('send-nudge', () =>
        resend.emails.send({
          from: 'Acme <hello@acme.dev>',
          to: owner.email,
          subject: 'Need a hand with your first project?',
          text: `Hi ${owner.name ?? 'there'}, reply to this email and we will set it up with you.`,
        }),
      );
    }

    return { customerId: customer.id, industry: company?.industry ?? null };
  },
);
