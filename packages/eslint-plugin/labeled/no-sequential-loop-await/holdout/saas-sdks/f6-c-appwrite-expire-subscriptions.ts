// case: a nightly Appwrite function marks every lapsed subscription document as expired
// category: saas-sdks
// why: the documents exist before the loop, but each iteration is an updateDocument call, a write;
//      collecting the returned ids does not make it a read, so the loop is not reported
import { Client, Databases, Query } from 'node-appwrite';

const DB_ID = process.env.APPWRITE_DB_ID!;

export default async function main({ req, res, log }: any) {
  const client = new Client()
    .setEndpoint(process.env.APPWRITE_FUNCTION_API_ENDPOINT!)
    .setProject(process.env.APPWRITE_FUNCTION_PROJECT_ID!)
    .setKey(req.headers['x-appwrite-key'] ?? '');
  const databases = new Databases(client);

  const lapsed = await databases.listDocuments(DB_ID, 'subscriptions', [
    Query.equal('status', 'active'),
    Query.lessThan('renewsAt', new Date().toISOString()),
    Query.limit(100),
  ]);

  const expired: string[] = [];
  for (const doc of lapsed.documents) {
    const updated = await databases.updateDocument(DB_ID, 'subscriptions', doc.$id, {
      status: 'expired',
      expiredAt: new Date().toISOString(),
    });
    expired.push(updated.$id);
  }

  log(`expired ${expired.length} of ${lapsed.total} lapsed subscriptions`);
  return res.json({ expired });
}
