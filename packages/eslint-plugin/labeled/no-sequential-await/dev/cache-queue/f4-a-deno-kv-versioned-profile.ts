// case: a Deno Deploy handler patches a profile and its preferences with an optimistic Deno KV commit
// category: cache-queue
// why: the two kv.get calls read different keys and only use the user id, so they can run together;
//      the body parse is checked (early 400) before them; the atomic commit checks both entries'
//      versionstamps so it needs both, and the read of the profile after the commit reads the key
//      just written, so neither joins the group
import { z } from 'npm:zod@3';

const kv = await Deno.openKv();

interface Profile {
  name: string;
  bio: string;
  updatedAt: string;
}

interface Prefs {
  theme: 'light' | 'dark' | 'system';
  weeklyDigest: boolean;
}

const Patch = z.object({
  name: z.string().min(1).max(80).optional(),
  bio: z.string().max(500).optional(),
  theme: z.enum(['light', 'dark', 'system']).optional(),
  weeklyDigest: z.boolean().optional(),
});

export async function patchProfile(req: Request, userId: string): Promise<Response> {
  const parsed = Patch.safeParse(await req.json());
  if (!parsed.success) {
    return Response.json({ error: parsed.error.flatten() }, { status: 400 });
  }
  const patch = parsed.data;

  const profileEntry = /*@A*/ await kv.get<Profile>(['profiles', userId]);
  const prefsEntry = /*@A*/ await kv.get<Prefs>(['prefs', userId]);

  if (!profileEntry.value) {
    return new Response('profile not found', { status: 404 });
  }

  const nextProfile: Profile = {
    ...profileEntry.value,
    name: patch.name ?? profileEntry.value.name,
    bio: patch.bio ?? profileEntry.value.bio,
    updatedAt: new Date().toISOString(),
  };
  const nextPrefs: Prefs = {
    theme: patch.theme ?? prefsEntry.value?.theme ?? 'system',
    weeklyDigest: patch.weeklyDigest ?? prefsEntry.value?.weeklyDigest ?? true,
  };

  const result = await kv
    .atomic()
    .check(profileEntry)
    .check(prefsEntry)
    .set(['profiles', userId], nextProfile)
    .set(['prefs', userId], nextPrefs)
    .commit();

  if (!result.ok) {
    return new Response('profile changed meanwhile, retry', { status: 409 });
  }

  const fresh = await kv.get<Profile>(['profiles', userId]);
  return Response.json({ profile: fresh.value, prefs: nextPrefs, versionstamp: result.versionstamp });
}

Deno.serve(async (req) => {
  const match = new URLPattern({ pathname: '/users/:id/profile' }).exec(req.url);
  if (req.method === 'PATCH' && match) {
    return patchProfile(req, match.pathname.groups.id!);
  }
  return new Response('not found', { status: 404 });
});
