import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

export async function readManifest(root: string) {
  const raw = await fs.readFile(path.join(root, 'package.json'), 'utf8');
  return JSON.parse(raw) as { name?: string; packageManager?: string; engines?: Record<string, string> };
}

export async function inspectLockfile(root: string) {
  const file = path.join(root, 'pnpm-lock.yaml');
  try {
    const [stat, text] = await Promise.all([fs.stat(file), fs.readFile(file, 'utf8')]);
    const version = /^lockfileVersion:\s*'?([\d.]+)'?/m.exec(text)?.[1] ?? 'unknown';
    return { version, bytes: stat.size, modified: stat.mtime };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export async function collectWorkspaceGlobs(root: string) {
  try {
    const text = await fs.readFile(path.join(root, 'pnpm-workspace.yaml'), 'utf8');
    return ((parseYaml(text) as { packages?: string[] } | null)?.packages ?? []).sort();
  } catch {
    return [];
  }
}
