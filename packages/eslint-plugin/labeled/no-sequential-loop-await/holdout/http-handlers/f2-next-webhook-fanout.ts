// case: a Next.js route handler forwards an incoming event to each registered subscriber webhook
// category: http-handlers
// why: each iteration POSTs the event to a subscriber's endpoint: a send with side effects on
//      another system, not a read; the loop is a sequence of writes
import { NextResponse } from 'next/server';
import { db } from '@/lib/db';
import { signPayload } from '@/lib/signing';

export async function POST(req: Request) {
  const event = (await req.json()) as { id: string; type: string; data: unknown };
  const subscribers = await db.webhook.findMany({ where: { topic: event.type, active: true } });
  const delivered: string[] = [];
  const failed: string[] = [];
  for (const sub of subscribers) {
    const body = JSON.stringify({ id: event.id, type: event.type, data: event.data, sentAt: Date.now() });
    const res = await fetch(sub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-webhook-signature': signPayload(body, sub.secret) },
      body,
      signal: AbortSignal.timeout(8_000),
    });
    if (res.ok) delivered.push(sub.id);
    else failed.push(sub.id);
  }
  return NextResponse.json({ delivered: delivered.length, failed });
}
