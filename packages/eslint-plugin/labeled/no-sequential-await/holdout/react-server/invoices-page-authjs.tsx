// case: a server component gets the Auth.js session, redirects when signed out, then reads invoices and the plan
// category: react-server
// why: auth() is followed by a redirect, so the reads only start once it passed; the invoice list and the
//      plan lookup both use the session's user id and nothing of each other (group A)
import { desc, eq } from 'drizzle-orm';
import { redirect } from 'next/navigation';
import { auth } from '@/auth';
import { db } from '@/db';
import { invoices as invoicesTable } from '@/db/schema';
import { getPlan } from '@/lib/billing';

export default async function InvoicesPage() {
  const session = await auth();
  if (!session?.user?.id) redirect('/api/auth/signin?callbackUrl=/billing/invoices');

  const invoices = /*@A*/ await db.query.invoices.findMany({
    where: eq(invoicesTable.userId, session.user.id),
    orderBy: desc(invoicesTable.issuedAt),
    limit: 50,
  });
  const plan = /*@A*/ await getPlan(session.user.id);

  return (
    <main>
      <h1>Invoices</h1>
      <p>Current plan: {plan.name}</p>
      <ul>
        {invoices.map((inv) => (
          <li key={inv.id}>
            {inv.number} · {(inv.totalCents / 100).toFixed(2)} {inv.currency}
          </li>
        ))}
      </ul>
    </main>
  );
}
