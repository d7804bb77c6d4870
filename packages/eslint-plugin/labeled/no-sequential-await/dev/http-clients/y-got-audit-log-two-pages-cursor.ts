// case: an admin preview fetches the first two pages of an org's audit log with got, carrying the cursor in a local
// category: http-clients
// why: the second request sends `cursor`, which the assignment between the awaits takes from the first
//      page's `next_cursor`; cursor pagination is ordered, so the two GETs are dependent and not a group
import got from 'got';

type AuditPage = {
  entries: { id: string; action: string; actor: string; at: string }[];
  next_cursor: string | null;
};

const api = got.extend({
  prefixUrl: 'https://api.example-sso.com/v2',
  headers: { authorization: `Bearer ${process.env.SSO_ADMIN_TOKEN}` },
  timeout: { request: 5000 },
});

export async function auditLogPreview(orgId: string) {
  let cursor: string | undefined;
  const first = await api.get(`orgs/${orgId}/audit-log`, { searchParams: { limit: 100 } }).json<AuditPage>();
  cursor = first.next_cursor ?? undefined;
  const second = await api
    .get(`orgs/${orgId}/audit-log`, { searchParams: { limit: 100, cursor } })
    .json<AuditPage>();
  return { entries: [...first.entries, ...second.entries], hasMore: Boolean(second.next_cursor) };
}
