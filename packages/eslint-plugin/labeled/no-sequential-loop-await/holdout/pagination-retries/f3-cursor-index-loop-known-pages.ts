// case: exporting audit events walks a known number of pages with an index loop, but each page is fetched by cursor
// category: pagination-retries
// why: the page count is known up front, yet the request of page i sends the cursor that page i-1
//      assigned at the end of the body, so the iterations form a chain
import ky from 'ky';

const PAGE_SIZE = 200;
const api = ky.create({ prefixUrl: 'https://api.example.com/v2', headers: { authorization: `Bearer ${process.env.API_TOKEN}` } });

type AuditEvent = { id: string; actor: string; action: string; at: string };
type Page = { data: AuditEvent[]; next_cursor?: string };

export async function exportAuditEvents(orgId: string): Promise<AuditEvent[]> {
  const head = await api.head(`orgs/${orgId}/audit-events`);
  const total = Number(head.headers.get('x-total-count') ?? 0);
  const pages = Math.ceil(total / PAGE_SIZE);

  const events: AuditEvent[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < pages; i++) {
    const searchParams: Record<string, string | number> = { limit: PAGE_SIZE };
    if (cursor) searchParams.cursor = cursor;
    const page = await api.get(`orgs/${orgId}/audit-events`, { searchParams }).json<Page>();
    events.push(...page.data);
    cursor = page.next_cursor;
  }
  return events;
}
