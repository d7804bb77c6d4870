// case: a Remix loader reads an account and builds its usage report from the analytics API
// category: imported-helpers
// why: getAccount is one prisma findUnique; buildUsageReport only sends a HogQL query (a read,
//      even though it is sent with method POST) to the analytics API. Both take the route's
//      accountId and neither uses the other's result, so they can run together. renderSummary
//      needs both results and is only a markdown render (CPU), so it stays after the group
import { json, type LoaderFunctionArgs } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';

import { getAccount } from './_modules/x/lib/accounts';
import { buildUsageReport } from './_modules/x/lib/analytics';
import { renderSummary } from './_modules/x/lib/summary';

export async function loader({ params, request }: LoaderFunctionArgs) {
  const accountId = params.accountId;
  if (!accountId) throw new Response('Missing account', { status: 400 });
  const range = new URL(request.url).searchParams.get('range') ?? '30d';

  const account = /*@A*/ await getAccount(accountId);
  const usage = /*@A*/ await buildUsageReport(accountId, range);
  if (!account) throw new Response('Not found', { status: 404 });

  const summaryHtml = await renderSummary(account, usage);
  return json({ account, usage, summaryHtml });
}

export default function AccountUsage() {
  const { account, summaryHtml } = useLoaderData<typeof loader>();
  return (
    <section aria-label={`Usage for ${account.name}`}>
      <div dangerouslySetInnerHTML={{ __html: summaryHtml }} />
    </section>
  );
}
