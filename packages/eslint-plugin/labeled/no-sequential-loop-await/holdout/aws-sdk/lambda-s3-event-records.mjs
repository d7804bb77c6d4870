// case: a Lambda triggered by S3 parses every CSV object named in the event and returns row counts
// category: aws-sdk
// why: event.Records exists before the loop; each iteration does a GetObjectCommand and reads its body
//      (both reads) and pushes a summary, so the records can be fetched together
import { S3Client, GetObjectCommand } from '@aws-sdk/client-s3';
import { parse } from 'csv-parse/sync';

const s3 = new S3Client({});

export const handler = async (event) => {
  const summaries = [];
  /*@A*/ for (const record of event.Records) {
    const bucket = record.s3.bucket.name;
    const key = decodeURIComponent(record.s3.object.key.replace(/\+/g, ' '));
    const response = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    const text = await response.Body.transformToString('utf-8');
    const rows = parse(text, { columns: true, skip_empty_lines: true });
    summaries.push({ key, rows: rows.length, columns: Object.keys(rows[0] ?? {}) });
  }
  console.log(JSON.stringify(summaries));
  return { statusCode: 200, body: JSON.stringify(summaries) };
};
