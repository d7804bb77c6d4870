// case: a sync job gets an OAuth token with got, then reads contacts and deals with it
// category: http-clients
// why: the token request feeds the auth header of both reads, so it is not a member; the contacts
//      and deals GETs only share that header and are independent of each other
import got from 'got';

const CRM = 'https://api.crm.example.com';

export async function pullCrmSnapshot(since: string) {
  const { access_token } = await got
    .post(`${CRM}/oauth/token`, {
      form: {
        grant_type: 'client_credentials',
        client_id: process.env.CRM_CLIENT_ID,
        client_secret: process.env.CRM_CLIENT_SECRET,
      },
    })
    .json<{ access_token: string }>();

  const headers = { authorization: `Bearer ${access_token}` };
  const contacts = /*@A*/ await got(`${CRM}/v3/contacts`, { headers, searchParams: { updated_since: since } }).json<{ results: unknown[] }>();
  const deals = /*@A*/ await got(`${CRM}/v3/deals`, { headers, searchParams: { updated_since: since } }).json<{ results: unknown[] }>();

  return { contacts: contacts.results, deals: deals.results };
}
