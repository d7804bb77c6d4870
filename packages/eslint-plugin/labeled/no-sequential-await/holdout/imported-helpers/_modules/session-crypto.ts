import { createHmac, timingSafeEqual } from 'node:crypto';

export function verifySessionCookie(value: string | undefined): { id: string } | null {
  if (!value) return null;
  const [payload, sig] = value.split('.');
  if (!payload || !sig) return null;
  const expected = createHmac('sha256', process.env.SESSION_SECRET ?? '').update(payload).digest('base64url');
  if (expected.length !== sig.length || !timingSafeEqual(Buffer.from(expected), Buffer.from(sig))) return null;
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
}
