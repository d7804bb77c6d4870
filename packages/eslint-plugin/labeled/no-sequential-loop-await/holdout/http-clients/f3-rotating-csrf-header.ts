// case: an admin script reads feature flags from an API that rotates its CSRF token on every response
// category: http-clients
// why: each GET sends the shared headers object that the previous response updated with a new single-use
//      token; run together, every request would carry the first token and all but one would be rejected
type FlagState = { key: string; enabled: boolean; rollout: number };

export async function fetchFlagStates(baseUrl: string, session: string, flags: string[]) {
  const headers: Record<string, string> = {
    cookie: `session=${session}`,
    accept: 'application/json',
  };
  const boot = await fetch(`${baseUrl}/api/csrf`, { headers });
  headers['x-csrf-token'] = ((await boot.json()) as { token: string }).token;

  const states: Record<string, FlagState> = {};
  for (const flag of flags) {
    const res = await fetch(`${baseUrl}/api/flags/${encodeURIComponent(flag)}`, { headers });
    const next = res.headers.get('x-csrf-token');
    if (next) headers['x-csrf-token'] = next;
    if (!res.ok) {
      console.warn(`flag ${flag}: HTTP ${res.status}`);
      continue;
    }
    states[flag] = (await res.json()) as FlagState;
  }
  return states;
}
