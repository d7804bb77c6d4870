// case: a signup validator resolves MX records per email domain, memoizing them in a Map
// category: accumulators
// why: not reported: the body checks `mxByDomain` and fills it, so a repeated domain is resolved
//      only because an earlier iteration already stored it; the Map is both read and written
import { resolveMx } from 'node:dns/promises';

export async function deliverableEmails(emails: string[]) {
  const mxByDomain = new Map<string, boolean>();
  const deliverable: string[] = [];
  for (const email of emails) {
    const domain = email.slice(email.lastIndexOf('@') + 1);
    if (!mxByDomain.has(domain)) {
      const records = await resolveMx(domain).catch(() => []);
      mxByDomain.set(domain, records.length > 0);
    }
    if (mxByDomain.get(domain)) deliverable.push(email);
  }
  return deliverable;
}
