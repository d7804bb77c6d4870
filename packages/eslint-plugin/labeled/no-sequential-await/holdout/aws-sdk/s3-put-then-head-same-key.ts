// case: an export job uploads a CSV to S3, heads the same key to confirm the size, then presigns it
// category: aws-sdk
// why: PutObject is a write and HeadObject reads the key it just wrote; the presign only runs after a
//      successful check, so no two awaits here can run together
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

const s3 = new S3Client({ region: process.env.AWS_REGION });
const Bucket = process.env.EXPORT_BUCKET!;

export async function publishExport(tenantId: string, csv: string) {
  const Key = `exports/${tenantId}/${new Date().toISOString().slice(0, 10)}.csv`;

  const put = await s3.send(
    new PutObjectCommand({ Bucket, Key, Body: csv, ContentType: 'text/csv', ServerSideEncryption: 'AES256' }),
  );
  const head = await s3.send(new HeadObjectCommand({ Bucket, Key }));

  if (head.ContentLength !== Buffer.byteLength(csv)) {
    throw new Error(`export ${Key} truncated (etag ${put.ETag})`);
  }

  const url = await getSignedUrl(s3, new GetObjectCommand({ Bucket, Key }), { expiresIn: 3600 });
  return { key: Key, url, versionId: put.VersionId };
}
