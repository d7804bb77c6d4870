// case: a deploy CLI reads its local manifest and git remote through helpers, logs in (the helper stores the session in a module variable), then reads the account and the project
// category: local-helpers
// why: readManifest and gitRemote read a file and run git, independent of each other (A). login() is a
//      local helper that writes the module's `session` (shared state), so it cannot start before A has
//      settled; api() reads `session` for its Authorization header, so `me` cannot start before login
//      settled. Once it has, the two api() reads use nothing of each other (B). The deploy POST
//      needs the project and is awaited last.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { execa } from 'execa';

const API = process.env.ACME_API ?? 'https://api.acme.dev';

let session: { token: string; expiresAt: string } | undefined;

async function readManifest(dir: string) {
  return JSON.parse(await readFile(path.join(dir, 'acme.json'), 'utf8')) as { projectId: string; build: string };
}

async function gitRemote(dir: string) {
  const { stdout } = await execa('git', ['remote', 'get-url', 'origin'], { cwd: dir });
  return stdout.trim();
}

async function login(apiKey: string) {
  const res = await fetch(`${API}/v1/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ apiKey }),
  });
  if (!res.ok) throw new Error(`login failed: ${res.status}`);
  session = await res.json();
  return session!;
}

async function api<T>(route: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${API}${route}`, {
    ...init,
    headers: { ...init.headers, authorization: `Bearer ${session!.token}` },
  });
  if (!res.ok) throw new Error(`${init.method ?? 'GET'} ${route}: ${res.status}`);
  return res.json() as Promise<T>;
}

export async function deploy(dir: string, apiKey: string) {
  const manifest = /*@A*/ await readManifest(dir);
  const remote = /*@A*/ await gitRemote(dir);

  const auth = await login(apiKey);
  console.log(`session valid until ${auth.expiresAt}`);
  const me = /*@B*/ await api<{ email: string }>('/v1/me');
  const project = /*@B*/ await api<{ id: string; name: string; repo: string }>(`/v1/projects/${manifest.projectId}`);

  if (project.repo !== remote) console.warn(`warning: ${project.name} is linked to ${project.repo}, not ${remote}`);
  const deployment = await api<{ url: string }>(`/v1/projects/${project.id}/deployments`, {
    method: 'POST',
    body: JSON.stringify({ build: manifest.build, requestedBy: me.email }),
  });
  console.log(`deploying to ${deployment.url}`);
}
