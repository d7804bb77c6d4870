// case: an invoice header loads the account, then the billing contact through a helper that reads a cache the first helper fills
// category: local-helpers
// why: loadAccount stores the account in the module's map and loadBillingContact reads
//      billingContactId from that map, so the second call depends on the first through shared state
//      although the call site passes both only the id
interface Account { id: string; name: string; billingContactId: string }
interface Contact { id: string; email: string; name: string }

const API = process.env.ACCOUNTS_API ?? 'https://accounts.internal/v1';
const accounts = new Map<string, Account>();

async function loadAccount(id: string): Promise<Account> {
  const res = await fetch(`${API}/accounts/${id}`);
  if (!res.ok) throw new Error(`account ${id}: ${res.status}`);
  const account = (await res.json()) as Account;
  accounts.set(id, account);
  return account;
}

async function loadBillingContact(accountId: string): Promise<Contact> {
  const contactId = accounts.get(accountId)?.billingContactId;
  if (!contactId) throw new Error(`account ${accountId} is not loaded`);
  const res = await fetch(`${API}/contacts/${contactId}`);
  return (await res.json()) as Contact;
}

export async function invoiceHeader(accountId: string) {
  const account = await loadAccount(accountId);
  const contact = await loadBillingContact(accountId);
  return {
    company: account.name,
    attention: contact.name,
    email: contact.email,
  };
}
