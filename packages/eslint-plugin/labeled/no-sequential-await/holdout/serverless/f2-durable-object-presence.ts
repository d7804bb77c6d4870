// case: a Durable Object records a join: it reads the member list and writes it back, then bumps a join counter
// category: serverless
// why: each storage read is followed by a discarded put that writes what was read; the put of
//      'members' is an ordered effect between the two reads, so no group crosses it
import { DurableObject } from 'cloudflare:workers';

export interface Env {
  ROOMS: DurableObjectNamespace<RoomPresence>;
}

export class RoomPresence extends DurableObject<Env> {
  async join(userId: string) {
    const members = (await this.ctx.storage.get<string[]>('members')) ?? [];
    if (!members.includes(userId)) members.push(userId);
    await this.ctx.storage.put('members', members);

    const joins = ((await this.ctx.storage.get<number>('joins')) ?? 0) + 1;
    await this.ctx.storage.put('joins', joins);

    return { members, joins };
  }
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    const room = url.searchParams.get('room') ?? 'lobby';
    const user = url.searchParams.get('user');
    if (!user) return new Response('user required', { status: 400 });
    const stub = env.ROOMS.get(env.ROOMS.idFromName(room));
    return Response.json(await stub.join(user));
  },
} satisfies ExportedHandler<Env>;
