// case: an import preview fetches the first page of a CRM list and, when there is one, the second page by cursor
// category: http-clients
// why: the second request needs next_cursor from the first response (a pagination token) and only
//      runs when it is set (a `? :` branch), so the two requests are neither independent nor both
//      unconditional
import ky from 'ky';

interface Contact { id: string; email: string; name: string }
interface Page { contacts: Contact[]; next_cursor: string | null }

const crm = ky.create({
  prefixUrl: 'https://api.crm.example/v2',
  headers: { authorization: `Bearer ${process.env.CRM_TOKEN}` },
  timeout: 15_000,
});

export async function previewImport(listId: string) {
  const first = await crm
    .get(`lists/${listId}/contacts`, { searchParams: { limit: 100 } })
    .json<Page>();

  const second = first.next_cursor
    ? await crm
        .get(`lists/${listId}/contacts`, { searchParams: { limit: 100, cursor: first.next_cursor } })
        .json<Page>()
    : { contacts: [], next_cursor: null };

  const contacts = [...first.contacts, ...second.contacts];
  return {
    sample: contacts.slice(0, 20),
    count: contacts.length,
    hasMore: second.next_cursor !== null,
  };
}
