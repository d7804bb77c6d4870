// case: a lead importer enriches each contact's company domain once, skipping domains already seen
// category: accumulators
// why: not reported: the body checks the `seen` Set and then adds to it, so whether an iteration
//      calls the enrichment API depends on what earlier iterations added
import { clearbit } from '../integrations/clearbit';

export async function enrichCompanies(contacts: { email: string }[]) {
  const seen = new Set<string>();
  const companies: { domain: string; name: string | null }[] = [];
  for (const contact of contacts) {
    const domain = contact.email.split('@')[1].toLowerCase();
    if (seen.has(domain)) continue;
    seen.add(domain);
    const company = await clearbit.companies.find({ domain });
    companies.push({ domain, name: company?.name ?? null });
  }
  return companies;
}
