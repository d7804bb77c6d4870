// case: a CommonJS Lambda reconciles a day's payout CSV against the daily summary, both loaded from S3 through required helpers
// category: imported-helpers
// why: buildReport only reads reports/<day>/summary.json with GetObjectCommand, and readObjectText
//      reads the payouts CSV with GetObjectCommand; different keys, no writes, nothing shared, so the two
//      awaits form one group. writeObjectText (PutObject) is awaited for its effect at the end
const { buildReport, readObjectText, writeObjectText } = require('./_modules/storage/s3-objects');

const BUCKET = process.env.FINANCE_BUCKET;

function parseCsv(text) {
  const [header, ...rows] = text.trim().split('\n');
  const cols = header.split(',');
  return rows.map((row) => Object.fromEntries(row.split(',').map((v, i) => [cols[i], v])));
}

exports.handler = async (event) => {
  const day = event.day || new Date(Date.now() - 864e5).toISOString().slice(0, 10);

  const summary = /*@A*/ await buildReport(BUCKET, day);
  const payouts = parseCsv(/*@A*/ await readObjectText(BUCKET, `payouts/${day}.csv`));

  const paid = payouts.reduce((sum, p) => sum + Number(p.amount_cents), 0);
  const diff = summary.totals.payoutCents - paid;
  const lines = ['day,expected_cents,paid_cents,diff_cents', `${day},${summary.totals.payoutCents},${paid},${diff}`];

  await writeObjectText(BUCKET, `reconciliation/${day}.csv`, lines.join('\n'));
  return { day, diff, ok: diff === 0 };
};
