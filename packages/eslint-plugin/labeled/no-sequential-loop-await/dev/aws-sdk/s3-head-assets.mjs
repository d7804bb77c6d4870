// case: a deploy script reads size and content type of every asset key before invalidating a CDN
// category: aws-sdk
// why: HeadObjectCommand only reads metadata; each key is independent, folder placeholders are
//      skipped with continue, and the results go into a Map by key, which a rewrite can keep
import { S3Client, HeadObjectCommand } from '@aws-sdk/client-s3';

const s3 = new S3Client({});

export async function describeAssets(bucket, keys) {
  const info = new Map();
  /*@A*/ for (const key of keys) {
    if (key.endsWith('/')) continue;
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    info.set(key, {
      size: head.ContentLength ?? 0,
      type: head.ContentType ?? 'application/octet-stream',
      etag: head.ETag,
    });
  }
  console.log(`described ${info.size} assets in ${bucket}`);
  return info;
}
