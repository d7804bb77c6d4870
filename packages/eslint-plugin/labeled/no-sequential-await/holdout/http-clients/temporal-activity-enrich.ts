// case: a Temporal activity enriches a lead by fetching the company and the person from two vendor APIs with ofetch
// category: http-clients
// why: this is activity code (plain Node, not workflow code); the two GETs take the domain and the email
//      and nothing of each other; the heartbeat between them is synchronous and touches neither request
import { Context } from '@temporalio/activity';
import { ofetch } from 'ofetch';

const vendor = ofetch.create({
  baseURL: 'https://enrich.vendor.example/v2',
  headers: { authorization: `Bearer ${process.env.ENRICH_KEY}` },
  retry: 2,
});

type Company = { name: string; employees: number; industry: string };
type Person = { fullName: string; title: string; seniority: string };

export async function enrichLead(lead: { email: string }): Promise<{ company: Company | null; person: Person | null }> {
  const domain = lead.email.split('@')[1];

  const company = /*@A*/ await vendor<Company | null>('/companies/find', { query: { domain } });
  Context.current().heartbeat({ stage: 'company' });
  const person = /*@A*/ await vendor<Person | null>('/people/find', { query: { email: lead.email } });

  return { company, person };
}
