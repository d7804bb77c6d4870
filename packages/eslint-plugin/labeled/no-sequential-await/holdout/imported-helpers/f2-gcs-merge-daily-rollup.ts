// case: a nightly job reads yesterday's rollup and today's partial rollup from GCS and lists the raw shards, then writes a merged rollup
// category: imported-helpers
// why: readJson (download) and listObjects (getFiles) from the storage folder only read, each a
//      different object or prefix, and take only the dates; writeJson saves the merged result and
//      comes after, discarded
import { readJson, listObjects, writeJson } from './_modules/f2-storage';

interface Rollup { date: string; pageViews: number; visitors: number; shards: string[] }

export async function mergeRollups(today: string, yesterday: string) {
  const previous = /*@A*/ await readJson<Rollup>(`rollups/${yesterday}.json`);
  const partial = /*@A*/ await readJson<Rollup>(`rollups/${today}.partial.json`);
  const shards = /*@A*/ await listObjects(`raw/${today}/`);

  const missing = shards.filter((name) => !partial.shards.includes(name));
  const merged: Rollup = {
    date: today,
    pageViews: partial.pageViews,
    visitors: partial.visitors,
    shards: partial.shards,
  };

  await writeJson(`rollups/${today}.json`, merged);
  return {
    merged,
    missingShards: missing,
    growth: previous.pageViews === 0 ? null : merged.pageViews / previous.pageViews - 1,
  };
}
