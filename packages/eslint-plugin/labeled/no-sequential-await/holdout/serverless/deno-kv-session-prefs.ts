// case: a Deno.serve handler reads the session and the user's preferences from Deno KV, then stamps last-seen
// category: serverless
// why: both gets use keys known from the request (cookie and path), not each other's values; the set is
//      awaited only for its effect and comes after the check, so it is not a member
import { getCookies } from 'jsr:@std/http/cookie';

type Session = { userId: string; expiresAt: number };
type Prefs = { locale: string; density: 'compact' | 'cozy' };

const kv = await Deno.openKv();

Deno.serve(async (req) => {
  const url = new URL(req.url);
  const match = url.pathname.match(/^\/api\/users\/([^/]+)\/prefs$/);
  if (!match) return new Response('not found', { status: 404 });
  const userId = match[1];
  const sid = getCookies(req.headers).sid ?? '';

  const session = /*@A*/ await kv.get<Session>(['sessions', sid]);
  const prefs = /*@A*/ await kv.get<Prefs>(['prefs', userId]);

  if (!session.value || session.value.userId !== userId || session.value.expiresAt < Date.now()) {
    return new Response('forbidden', { status: 403 });
  }

  await kv.set(['last_seen', userId], Date.now());
  return Response.json(prefs.value ?? { locale: 'en', density: 'cozy' });
});
