// case: a retention job copies last month's exports into the archive bucket
// category: aws-sdk
// why: not reported: CopyObjectCommand writes an object in the archive bucket; the push of the
//      key makes it look like a result collector, but every iteration is a write
import { S3Client, CopyObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';

const s3 = new S3Client({});

export async function archiveExports(bucket: string, archiveBucket: string, month: string) {
  const { Contents = [] } = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: `exports/${month}/` }));

  const archived: string[] = [];
  for (const obj of Contents) {
    if (!obj.Key) continue;
    await s3.send(
      new CopyObjectCommand({
        Bucket: archiveBucket,
        Key: obj.Key,
        CopySource: `${bucket}/${encodeURIComponent(obj.Key)}`,
        StorageClass: 'GLACIER_IR',
      }),
    );
    archived.push(obj.Key);
  }
  return archived;
}
