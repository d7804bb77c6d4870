// case: a CLI looks for its config file in several candidate locations and loads the first one
// category: fs-cli
// why: the loop returns on the first candidate that reads successfully (and rethrows errors other
//      than ENOENT): it decides when to stop, so later candidates must not be read once one is found
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

type Config = { registry: string; token?: string; concurrency?: number };

const DEFAULTS: Config = { registry: 'https://registry.npmjs.org' };

export async function loadConfig(cwd: string): Promise<Config & { source: string | null }> {
  const candidates = [
    path.join(cwd, '.toolrc.json'),
    path.join(cwd, '.config', 'tool.json'),
    path.join(process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), 'tool', 'config.json'),
  ];
  for (const file of candidates) {
    try {
      const text = await readFile(file, 'utf8');
      return { ...DEFAULTS, ...(JSON.parse(text) as Partial<Config>), source: file };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }
  return { ...DEFAULTS, source: null };
}
