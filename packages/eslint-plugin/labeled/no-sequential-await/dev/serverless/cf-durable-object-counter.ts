// case: a Durable Object increments a counter in its storage and lists recent sessions
// category: serverless
// why: the get feeds the put, the put is a write awaited for its effect, and only one read follows
//      it; there is no pair of independent reads next to each other
import { DurableObject } from 'cloudflare:workers';

export class VisitCounter extends DurableObject {
  async fetch(request: Request): Promise<Response> {
    const sessionId = request.headers.get('x-session-id') ?? crypto.randomUUID();

    const current = (await this.ctx.storage.get<number>('count')) ?? 0;
    await this.ctx.storage.put({ count: current + 1, [`session:${sessionId}`]: Date.now() });

    const sessions = await this.ctx.storage.list<number>({ prefix: 'session:', limit: 50 });

    return Response.json({ count: current + 1, recentSessions: sessions.size });
  }
}
