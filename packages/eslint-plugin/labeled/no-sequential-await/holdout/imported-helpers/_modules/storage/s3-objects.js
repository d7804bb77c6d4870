const { S3Client, GetObjectCommand, PutObjectCommand } = require('@aws-sdk/client-s3');

const s3 = new S3Client({ region: process.env.AWS_REGION || 'eu-west-1' });

async function readObjectText(bucket, key) {
  const res = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return res.Body.transformToString('utf-8');
}

async function buildReport(bucket, day) {
  const text = await readObjectText(bucket, `reports/${day}/summary.json`);
  const summary = JSON.parse(text);
  return { day, totals: summary.totals, generatedAt: summary.generatedAt };
}

async function writeObjectText(bucket, key, body) {
  await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: 'text/csv' }));
}

module.exports = { readObjectText, buildReport, writeObjectText };
