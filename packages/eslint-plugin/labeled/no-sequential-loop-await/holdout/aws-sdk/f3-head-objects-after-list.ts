// case: a retention report lists an S3 prefix, then reads each object's metadata with HeadObjectCommand
// category: aws-sdk
// why: the list is awaited before the loop starts; each HeadObject is a read of its own key and the
//      loop only pushes rows, so the heads can be sent together
import { HeadObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';

const s3 = new S3Client({});

export async function retentionReport(Bucket: string, Prefix: string) {
  const { Contents = [] } = await s3.send(new ListObjectsV2Command({ Bucket, Prefix, MaxKeys: 200 }));
  const rows: Array<{ key: string; owner: string; expires: string | null }> = [];
  /*@A*/ for (const object of Contents) {
    if (!object.Key || object.Key.endsWith('/')) continue;
    const head = await s3.send(new HeadObjectCommand({ Bucket, Key: object.Key }));
    rows.push({
      key: object.Key,
      owner: head.Metadata?.owner ?? 'unknown',
      expires: head.Metadata?.['retain-until'] ?? null,
    });
  }
  return rows;
}
