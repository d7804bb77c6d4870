// case: a Sanity publish webhook fetches the post, then each document it references (author, categories) to build a search record
// category: http-clients
// why: the refs array exists before the loop; each iteration reads one referenced document by its own
//      id with getDocument, a read that uses nothing an earlier iteration wrote; pushing into the array
//      is fine and the loop has no break or return, so all the reads can start together
import { createClient, type SanityDocument } from '@sanity/client';
import { parseBody } from 'next-sanity/webhook';
import { searchIndex } from '@/lib/search';

const client = createClient({
  projectId: process.env.SANITY_PROJECT_ID!,
  dataset: 'production',
  apiVersion: '2025-02-19',
  token: process.env.SANITY_READ_TOKEN,
  useCdn: false,
});

type Ref = { _ref: string };
type Post = SanityDocument & { title: string; author?: Ref; categories?: Ref[] };

export async function POST(req: Request) {
  const { isValidSignature, body } = await parseBody<{ _id: string }>(req, process.env.SANITY_WEBHOOK_SECRET);
  if (!isValidSignature || !body) return new Response('Invalid signature', { status: 401 });

  const post = await client.getDocument<Post>(body._id);
  if (!post) return new Response('Gone', { status: 404 });

  const refs = [post.author, ...(post.categories ?? [])].filter((r): r is Ref => Boolean(r));
  const referenced: SanityDocument[] = [];
  /*@A*/ for (const ref of refs) {
    const doc = await client.getDocument(ref._ref);
    if (doc) referenced.push(doc);
  }

  await searchIndex.upsert({
    id: post._id,
    title: post.title,
    author: referenced.find((d) => d._type === 'person')?.name ?? null,
    categories: referenced.filter((d) => d._type === 'category').map((d) => d.title),
  });
  return Response.json({ ok: true, references: referenced.length });
}
