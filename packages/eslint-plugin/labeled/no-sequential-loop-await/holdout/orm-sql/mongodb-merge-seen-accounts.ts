// case: an import merges CRM contacts into accounts, skipping accounts it already matched
// category: orm-sql
// why: the body checks `matched` and fills it with the _id that findOne returned, so whether an
//      iteration queries at all depends on what earlier iterations found
import { MongoClient, type ObjectId } from 'mongodb';

const client = new MongoClient(process.env.MONGODB_URI!);
const accounts = client.db('crm').collection<{ _id: ObjectId; domain: string; name: string }>('accounts');

interface Contact {
  email: string;
  accountHint?: string;
}

export async function matchAccounts(contacts: Contact[]) {
  const matched = new Set<string>();
  const results: Array<{ email: string; accountId: string }> = [];
  for (const contact of contacts) {
    if (contact.accountHint && matched.has(contact.accountHint)) continue;
    const domain = contact.email.split('@')[1]?.toLowerCase();
    const account = await accounts.findOne({ domain }, { projection: { _id: 1 } });
    if (!account) continue;
    const id = account._id.toHexString();
    matched.add(id);
    results.push({ email: contact.email, accountId: id });
  }
  return results;
}
