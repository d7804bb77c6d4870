// case: a Cloud Run function starts a BigQuery report job, reads the source table's metadata, waits for the rows and stores the report in Cloud Storage
// category: serverless
// why: createQueryJob starts a query (it reads analytics.events) and getMetadata reads the table's
//      metadata; neither uses the other (A); getQueryResults needs the job; the Storage save is a
//      write using the rows; Sentry.flush in the catch is awaited for its effect
import * as functions from '@google-cloud/functions-framework';
import { BigQuery } from '@google-cloud/bigquery';
import { Storage } from '@google-cloud/storage';
import * as Sentry from '@sentry/node';

Sentry.init({ dsn: process.env.SENTRY_DSN, tracesSampleRate: 0.1 });
const bigquery = new BigQuery();
const bucket = new Storage().bucket(process.env.REPORT_BUCKET!);

functions.http('dailyReport', async (req, res) => {
  try {
    const day = String(req.query.day ?? new Date().toISOString().slice(0, 10));
    const [job] = /*@A*/ await bigquery.createQueryJob({
      query: 'SELECT country, COUNT(*) AS n FROM `analytics.events` WHERE DATE(ts) = @day GROUP BY country',
      params: { day },
      location: 'US',
    });
    const [tableMeta] = /*@A*/ await bigquery.dataset('analytics').table('events').getMetadata();

    const [rows] = await job.getQueryResults({ timeoutMs: 60_000 });
    const report = { day, rows, sourceModifiedAt: Number(tableMeta.lastModifiedTime) };
    await bucket.file(`reports/${day}.json`).save(JSON.stringify(report), { contentType: 'application/json' });
    res.json({ ok: true, countries: rows.length });
  } catch (err) {
    Sentry.captureException(err);
    await Sentry.flush(2000);
    res.status(500).send('report failed');
  }
});
