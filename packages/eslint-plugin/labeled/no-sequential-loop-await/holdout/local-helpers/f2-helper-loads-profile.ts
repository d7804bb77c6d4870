// case: a team page loads each member's public profile through a small local fetch helper
// category: local-helpers
// why: loadProfile only GETs and parses (a read) and touches no shared state; each iteration calls
//      it for its own member and pushes the result; `continue` skips missing profiles
const API = 'https://api.example.com/v2';

type Profile = { id: string; displayName: string; avatarUrl: string; title?: string };

async function loadProfile(userId: string, token: string): Promise<Profile | null> {
  const res = await fetch(`${API}/users/${encodeURIComponent(userId)}/profile`, {
    headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
  });
  if (res.status === 404) return null;
  if (!res.ok) throw new Error(`profile ${userId}: HTTP ${res.status}`);
  const body = (await res.json()) as Omit<Profile, 'id'>;
  return { id: userId, ...body };
}

export async function loadTeam(team: { id: string; name: string; memberIds: string[] }, token: string) {
  const members: Profile[] = [];
  /*@A*/ for (const memberId of team.memberIds) {
    const profile = await loadProfile(memberId, token);
    if (!profile) continue;
    members.push(profile);
  }
  members.sort((a, b) => a.displayName.localeCompare(b.displayName));
  return { id: team.id, name: team.name, members };
}
