// case: a Next.js route handler returns a video's Mux upload, asset and comment count in one JSON object
// category: http-handlers
// why: `await params` waits on an existing promise; auth() is a guard and the video lookup needs the
//      session, so neither is a member; in the returned object the upload retrieve and the comment
//      count are unconditional independent reads (A); the asset retrieve sits in a `? :` branch and
//      only runs when the video has an asset, so it is not a member
import Mux from '@mux/mux-node';
import { auth } from '@/auth';
import { db } from '@/db';

const mux = new Mux({
  tokenId: process.env.MUX_TOKEN_ID,
  tokenSecret: process.env.MUX_TOKEN_SECRET,
});

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const session = await auth();
  if (!session?.user) return new Response('Unauthorized', { status: 401 });

  const video = await db.video.findFirst({ where: { id, ownerId: session.user.id } });
  if (!video) return new Response('Not found', { status: 404 });

  return Response.json({
    id: video.id,
    title: video.title,
    upload: /*@A*/ await mux.video.uploads.retrieve(video.muxUploadId),
    asset: video.muxAssetId ? await mux.video.assets.retrieve(video.muxAssetId) : null,
    comments: /*@A*/ await db.comment.count({ where: { videoId: video.id, hidden: false } }),
  });
}
