// case: a dev tool looks for the first existing config file among the conventional names and loads it
// category: syntax-shapes
// why: negative. The loop stops at the first candidate that exists (`return` inside the try), so it
//      decides when to stop; later candidates must not be probed once one is found, and their order
//      sets the precedence
import { access, constants } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const CANDIDATES = [
  'acme.config.ts',
  'acme.config.mts',
  'acme.config.js',
  'acme.config.mjs',
  'acme.config.cjs',
];

export async function findConfig(root: string): Promise<string | undefined> {
  for (const name of CANDIDATES) {
    const file = path.join(root, name);
    try {
      await access(file, constants.R_OK);
      return file;
    } catch {
      // not this one
    }
  }
  return undefined;
}

export async function loadConfig(root: string) {
  const file = await findConfig(root);
  if (!file) return {};
  const mod = await import(pathToFileURL(file).href);
  return mod.default ?? {};
}
