// case: a config loader reads the defaults file of each plugin named in the user's config object
// category: syntax-shapes
// why: loop A is a for…in over a plain object that exists before it (inherited keys are skipped
//      with continue); each key's defaults file is a read and the merge is stored under the key
import { readFile } from 'node:fs/promises';
import path from 'node:path';

type PluginOptions = Record<string, Record<string, unknown>>;

export async function resolvePluginOptions(userPlugins: PluginOptions, pluginsDir: string) {
  const resolved: PluginOptions = {};
  /*@A*/ for (const name in userPlugins) {
    if (!Object.hasOwn(userPlugins, name)) continue;
    const defaultsFile = path.join(pluginsDir, name, 'defaults.json');
    const defaults = JSON.parse(await readFile(defaultsFile, 'utf8')) as Record<string, unknown>;
    resolved[name] = { ...defaults, ...userPlugins[name] };
  }
  return resolved;
}
