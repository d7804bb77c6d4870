// case: a React Router v7 loader returns the current member and the organization's invoices
// category: imported-helpers
// why: currentMember is a guard: it reads the session cookie and the membership, and throws a
//      redirect to /login or a 403 Response unless the user is an owner or billing member. The
//      invoice query must not start before that check has passed, so the two stay in order
//      even though listInvoices only needs params.orgId
import type { Route } from './+types/invoices';

import { currentMember } from './_modules/x/lib/session';
import { listInvoices } from './_modules/x/lib/invoices';

export async function loader({ request, params }: Route.LoaderArgs) {
  const member = await currentMember(request, params.orgId);
  const invoices = await listInvoices(params.orgId);
  return {
    member,
    invoices,
    outstanding: invoices.filter(invoice => invoice.status === 'open').reduce((sum, i) => sum + i.total, 0),
  };
}

export function meta({ data }: Route.MetaArgs) {
  return [{ title: `Invoices · ${data?.member.name ?? 'Billing'}` }];
}
