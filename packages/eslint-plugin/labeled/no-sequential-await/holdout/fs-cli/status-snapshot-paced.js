// case: a small CLI snapshots a vendor status API: health, a pause the API requires, then metrics, then writes a file
// category: fs-cli
// why: the sleep is intentional pacing (the API allows one request per second) and is awaited for its
//      effect, so the two fetches may not be merged across it; the write comes last
import { writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: 'https://status.vendor.example' },
    delay: { type: 'string', default: '1000' },
    out: { type: 'string', default: 'snapshot.json' },
  },
});

const health = await fetch(`${values.base}/api/health`).then((r) => r.json());
await sleep(Number(values.delay));
const metrics = await fetch(`${values.base}/api/metrics?window=1h`).then((r) => r.json());

await writeFile(
  values.out,
  JSON.stringify({ health, metrics, takenAt: new Date().toISOString() }, null, 2),
);
console.log(`wrote ${values.out}`);
