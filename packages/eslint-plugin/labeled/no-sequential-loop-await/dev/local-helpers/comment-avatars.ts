// case: a comment thread resolves an avatar URL for each distinct author through a local helper
// category: local-helpers
// why: resolveAvatar only reads (a Gravatar HEAD request) for the email it is given and falls back
//      to initials; the authors come from a Set built before the loop and are not changed by it
import { createHash } from 'node:crypto';

async function resolveAvatar(email: string): Promise<string> {
  const hash = createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
  const url = `https://www.gravatar.com/avatar/${hash}?d=404&s=64`;
  const res = await fetch(url, { method: 'HEAD' });
  return res.ok ? url : `/avatars/initials/${encodeURIComponent(email[0] ?? '?')}.svg`;
}

export async function avatarsFor(comments: { authorEmail: string; body: string }[]) {
  const authors = new Set(comments.map((c) => c.authorEmail));
  const avatars = new Map<string, string>();
  /*@A*/ for (const email of authors) {
    avatars.set(email, await resolveAvatar(email));
  }
  return avatars;
}
