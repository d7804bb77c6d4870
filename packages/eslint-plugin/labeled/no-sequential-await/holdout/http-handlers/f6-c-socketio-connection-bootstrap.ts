// case: a Socket.IO connection handler loads the user's profile and memberships, joins the rooms, then lists who is online
// category: http-handlers
// why: the profile and the membership list both take socket.data.userId and use nothing of each
//      other (A); socket.join is awaited for its effect and its result is discarded, so it is never
//      a member and ends the group; fetchSockets must run after the join (it asks those rooms for
//      their sockets, this one included) and is alone after it
import { Server } from 'socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { db } from './db';
import { pubClient, subClient } from './redis';

const io = new Server(Number(process.env.WS_PORT ?? 3001), {
  cors: { origin: process.env.APP_ORIGIN, credentials: true },
});
io.adapter(createAdapter(pubClient, subClient));

io.on('connection', async (socket) => {
  const userId: string = socket.data.userId;

  const profile = /*@A*/ await db.profile.findUnique({ where: { userId } });
  const memberships = /*@A*/ await db.roomMember.findMany({
    where: { userId, leftAt: null },
    select: { roomId: true },
  });
  const roomIds = memberships.map((m) => `room:${m.roomId}`);

  await socket.join(roomIds);
  socket.to(roomIds).emit('presence:join', { userId, name: profile?.displayName ?? 'Someone' });

  const peers = await io.in(roomIds).fetchSockets();
  socket.emit(
    'presence:list',
    peers.map((peer) => ({ id: peer.data.userId, rooms: [...peer.rooms] })),
  );

  socket.on('disconnect', () => {
    socket.to(roomIds).emit('presence:leave', { userId });
  });
});
