// case: a CLI `info` command reads the installed version, then builds an object from two registry calls
// category: http-clients
// why: the installed package.json read, the dist-tags GET and the downloads GET all take only `name`
//      and `cwd`; the two GETs sit in one object literal and run in property order, after the file
//      read, so the three are one group. Inside getJson the json() await needs the response and is
//      no member of anything
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import semver from 'semver';

async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`GET ${url} failed with ${res.status}`);
  return (await res.json()) as T;
}

export async function packageInfo(name: string, cwd: string) {
  const installed = JSON.parse(
    /*@A*/ await readFile(path.join(cwd, 'node_modules', name, 'package.json'), 'utf8'),
  ) as { version: string };
  const encoded = name.replace('/', '%2f');
  const remote = {
    tags: /*@A*/ await getJson<Record<string, string>>(`https://registry.npmjs.org/-/package/${encoded}/dist-tags`),
    downloads: /*@A*/ await getJson<{ downloads: number }>(`https://api.npmjs.org/downloads/point/last-week/${name}`),
  };
  const latest = remote.tags.latest;
  return {
    name,
    installed: installed.version,
    latest,
    outdated: semver.lt(installed.version, latest),
    weeklyDownloads: remote.downloads.downloads,
  };
}
