// case: an exporter writes a report to S3 and immediately reads it back to verify the checksum
// category: aws-sdk
// why: the GetObject reads the very key the PutObject just wrote, so it must wait for the write;
//      the body read depends on the GetObject
import { S3Client, PutObjectCommand, GetObjectCommand } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';

const s3 = new S3Client({});

export async function uploadReport(bucket: string, key: string, csv: string): Promise<string> {
  const expected = createHash('sha256').update(csv).digest('base64');

  const put = await s3.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: key,
      Body: csv,
      ContentType: 'text/csv',
      ChecksumAlgorithm: 'SHA256',
    }),
  );
  const readBack = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key, ChecksumMode: 'ENABLED' }));

  const body = await readBack.Body!.transformToString();
  if (createHash('sha256').update(body).digest('base64') !== expected) {
    throw new Error(`checksum mismatch for ${key}`);
  }
  return put.ETag!;
}
