// case: a chat-room Durable Object reads the channel sequence, stores the message and lists recent messages
// category: serverless
// why: the sequence read needs the channel from the body; the put is awaited for its effect; the list
//      reads the prefix that put just wrote, so every await is ordered
import { DurableObject } from 'cloudflare:workers';

type Incoming = { channel: string; user: string; text: string };

export class ChatRoom extends DurableObject<Env> {
  async fetch(request: Request): Promise<Response> {
    const msg = await request.json<Incoming>();

    const seq = ((await this.ctx.storage.get<number>(`seq:${msg.channel}`)) ?? 0) + 1;
    const id = `msg:${msg.channel}:${String(seq).padStart(10, '0')}`;

    await this.ctx.storage.put({
      [`seq:${msg.channel}`]: seq,
      [id]: { user: msg.user, text: msg.text, at: Date.now() },
    });

    const recent = await this.ctx.storage.list({
      prefix: `msg:${msg.channel}:`,
      reverse: true,
      limit: 50,
    });

    return Response.json({ seq, messages: [...recent.values()] });
  }
}
