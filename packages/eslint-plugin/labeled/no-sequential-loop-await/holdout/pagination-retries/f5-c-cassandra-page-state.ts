// case: an export job pages through a device's readings for a day with Cassandra pageState
// category: pagination-retries
// why: each execute needs the pageState the previous page returned and the loop breaks when there
//      is none, so the pages must be fetched one after another; the inner loop has no await
import cassandra from 'cassandra-driver';
import { createWriteStream } from 'node:fs';

const client = new cassandra.Client({
  contactPoints: (process.env.CASSANDRA_HOSTS ?? 'localhost').split(','),
  localDataCenter: 'dc1',
  keyspace: 'telemetry',
});

export async function exportReadings(deviceId: string, day: string, outPath: string) {
  const out = createWriteStream(outPath);
  out.write('ts,metric,value\n');
  let pageState: string | undefined;
  let total = 0;

  for (let page = 0; page < 500; page++) {
    const result = await client.execute(
      'SELECT ts, metric, value FROM readings WHERE device_id = ? AND day = ?',
      [deviceId, day],
      { prepare: true, fetchSize: 1000, pageState },
    );
    for (const row of result.rows) {
      out.write(`${row.ts.toISOString()},${row.metric},${row.value}\n`);
    }
    total += result.rowLength;
    pageState = result.pageState;
    if (!pageState) break;
  }

  out.end();
  return total;
}
