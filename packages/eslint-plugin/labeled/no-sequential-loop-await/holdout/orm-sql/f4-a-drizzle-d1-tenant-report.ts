// case: a Workers cron builds a monthly revenue report per tenant with Drizzle on D1, then collects digest recipients and sends them one batch email
// category: orm-sql
// why: the report loop runs over the tenants already loaded and awaits one aggregate select per tenant,
//      setting a key per tenant: report it; the recipients loop checks and fills the notified Set in its
//      body (owners of several tenants are skipped after the first), so its iterations depend on each
//      other; the Resend batch send is a single await after the loops
import { drizzle } from 'drizzle-orm/d1';
import { and, count, eq, gte, sum } from 'drizzle-orm';
import { Resend } from 'resend';
import * as schema from './schema';
import { invoices, tenants, users } from './schema';

interface Env {
  DB: D1Database;
  RESEND_API_KEY: string;
}

export default {
  async scheduled(controller: ScheduledController, env: Env, ctx: ExecutionContext) {
    const db = drizzle(env.DB, { schema });
    const since = new Date(controller.scheduledTime - 30 * 24 * 60 * 60 * 1000);

    const activeTenants = await db
      .select({ id: tenants.id, name: tenants.name, ownerEmail: tenants.ownerEmail })
      .from(tenants)
      .where(eq(tenants.active, true));

    const report: Record<string, { name: string; invoices: number; revenueCents: number }> = {};
    /*@A*/ for (const tenant of activeTenants) {
      const [row] = await db
        .select({ n: count(), total: sum(invoices.amountCents) })
        .from(invoices)
        .where(and(eq(invoices.tenantId, tenant.id), gte(invoices.issuedAt, since)));
      report[tenant.id] = { name: tenant.name, invoices: row.n, revenueCents: Number(row.total ?? 0) };
    }

    const notified = new Set<string>();
    const recipients: { email: string; name: string | null }[] = [];
    for (const tenant of activeTenants) {
      if (notified.has(tenant.ownerEmail)) continue;
      notified.add(tenant.ownerEmail);
      const owner = await db.query.users.findFirst({
        where: eq(users.email, tenant.ownerEmail),
        columns: { email: true, name: true, digestOptIn: true },
      });
      if (owner?.digestOptIn) recipients.push({ email: owner.email, name: owner.name });
    }

    const resend = new Resend(env.RESEND_API_KEY);
    const lines = Object.values(report)
      .map((r) => `${r.name}: ${r.invoices} invoices, ${(r.revenueCents / 100).toFixed(2)}`)
      .join('\n');
    await resend.batch.send(
      recipients.map((r) => ({
        from: 'Reports <reports@acme.dev>',
        to: r.email,
        subject: 'Your 30-day revenue report',
        text: `Hi ${r.name ?? 'there'},\n\n${lines}`,
      })),
    );
  },
} satisfies ExportedHandler<Env>;
