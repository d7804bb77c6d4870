// case: a Socket.IO matchmaking handler walks the open lobbies and joins the first one that still has a free seat
// category: http-handlers
// why: the loop searches: it returns as soon as a lobby has room, so later lobbies must not be asked
//      (first success), and joining is a write on the socket; the loop decides when to stop and is not
//      reported
import { randomUUID } from 'node:crypto';
import type { Server, Socket } from 'socket.io';
import { redis } from './redis';

const MAX_PLAYERS = 4;

export function registerMatchmaking(io: Server, socket: Socket) {
  socket.on('match:find', async (mode: string, ack: (res: { room: string }) => void) => {
    const lobbies = await redis.smembers(`lobbies:${mode}`);

    for (const lobby of lobbies) {
      const players = await io.in(lobby).fetchSockets();
      if (players.length < MAX_PLAYERS) {
        await socket.join(lobby);
        io.to(lobby).emit('lobby:player', { id: socket.data.userId, count: players.length + 1 });
        return ack({ room: lobby });
      }
    }

    const room = `lobby:${mode}:${randomUUID()}`;
    await redis.sadd(`lobbies:${mode}`, room);
    await socket.join(room);
    ack({ room });
  });
}
