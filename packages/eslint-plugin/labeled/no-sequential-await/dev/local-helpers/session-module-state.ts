// case: bootstrap loads the session into a module variable that the permissions helper reads
// category: local-helpers
// why: loadSession writes `currentUser` and loadPermissions reads it, so the second call depends
//      on the first even though no value is passed between them
import { api } from '../api';
import { redis } from '../redis';

interface SessionUser { id: string; orgId: string }

let currentUser: SessionUser | null = null;

async function loadSession(sessionId: string): Promise<SessionUser | null> {
  const raw = await redis.get(`sess:${sessionId}`);
  currentUser = raw ? (JSON.parse(raw) as SessionUser) : null;
  return currentUser;
}

async function loadPermissions(): Promise<string[]> {
  if (!currentUser) return [];
  return api.get(`/orgs/${currentUser.orgId}/members/${currentUser.id}/permissions`);
}

export async function bootstrap(sessionId: string) {
  const user = await loadSession(sessionId);
  const permissions = await loadPermissions();
  return { user, permissions };
}
