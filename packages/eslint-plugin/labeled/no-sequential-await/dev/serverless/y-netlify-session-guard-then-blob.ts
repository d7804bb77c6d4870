// case: a Netlify function verifies the session cookie, then reads the requested document from Netlify Blobs
// category: serverless
// why: the blob read takes only the id from the query string and not the session, but `verifySession` is a
//      guard that must pass before anything after it starts; the two awaits stay in order, no group
import type { Config, Context } from '@netlify/functions';
import { getStore } from '@netlify/blobs';
import { verifySession } from '../../lib/auth';

type StoredDoc = { ownerId: string; title: string; body: string };

export default async (req: Request, _context: Context) => {
  const docId = new URL(req.url).searchParams.get('id');
  if (!docId) return new Response('missing id', { status: 400 });

  const session = await verifySession(req.headers.get('cookie'));
  const doc = (await getStore('documents').get(docId, { type: 'json' })) as StoredDoc | null;

  if (!doc || doc.ownerId !== session.userId) return new Response('not found', { status: 404 });
  return Response.json({ id: docId, title: doc.title, body: doc.body });
};

export const config: Config = { path: '/api/doc' };
