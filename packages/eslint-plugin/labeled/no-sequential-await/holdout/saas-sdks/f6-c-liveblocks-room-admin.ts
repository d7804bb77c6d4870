// case: an admin route shows a Liveblocks room with its active users and threads, and another route changes the room's access
// category: saas-sdks
// why: in GET, `await params` waits on an existing promise and requireAdmin is a guard awaited for
//      its effect, so neither is a member; the room, active users and threads are three reads keyed
//      by the same roomId that use nothing of each other (A); in PATCH the body read feeds the
//      updateRoom write, so nothing there is a group
import { Liveblocks } from '@liveblocks/node';
import { requireAdmin } from '@/lib/auth';

const liveblocks = new Liveblocks({ secret: process.env.LIVEBLOCKS_SECRET_KEY! });

type Ctx = { params: Promise<{ roomId: string }> };

export async function GET(req: Request, { params }: Ctx) {
  const { roomId } = await params;
  await requireAdmin(req);

  const room = /*@A*/ await liveblocks.getRoom(roomId);
  const active = /*@A*/ await liveblocks.getActiveUsers(roomId);
  const { data: threads } = /*@A*/ await liveblocks.getThreads({ roomId });

  return Response.json({
    id: room.id,
    defaultAccesses: room.defaultAccesses,
    online: active.data.map((u) => u.id),
    openThreads: threads.filter((t) => !t.resolved).length,
  });
}

export async function PATCH(req: Request, { params }: Ctx) {
  const { roomId } = await params;
  await requireAdmin(req);
  const body = (await req.json()) as { usersAccesses: Record<string, ['room:write'] | null> };
  const room = await liveblocks.updateRoom(roomId, { usersAccesses: body.usersAccesses });
  return Response.json({ id: room.id, usersAccesses: room.usersAccesses });
}
