// case: a migration lists every object under a prefix and copies it to a new bucket layout
// category: aws-sdk
// why: the listing loop passes ContinuationToken from one page to the next and breaks at the end; the
//      copy loop sends CopyObjectCommand, a write per key, so neither loop may be reported
import { S3Client, ListObjectsV2Command, CopyObjectCommand } from '@aws-sdk/client-s3';

const s3 = new S3Client({});

export async function moveTenantPrefix(bucket: string, tenantId: string) {
  const keys: string[] = [];
  let token: string | undefined;
  for (;;) {
    const page = await s3.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: `uploads/${tenantId}/`, ContinuationToken: token }),
    );
    for (const obj of page.Contents ?? []) if (obj.Key) keys.push(obj.Key);
    if (!page.IsTruncated) break;
    token = page.NextContinuationToken;
  }

  for (const key of keys) {
    const target = key.replace(`uploads/${tenantId}/`, `tenants/${tenantId}/uploads/`);
    await s3.send(
      new CopyObjectCommand({ Bucket: bucket, CopySource: `${bucket}/${encodeURIComponent(key)}`, Key: target }),
    );
  }
  return keys.length;
}
