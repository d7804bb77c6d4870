// case: an environment bootstrap makes sure each storage bucket exists via a local helper
// category: local-helpers
// why: not reported: ensureBucket is awaited for its effect (its result is discarded) and may
//      create the bucket, an ordered side effect per item
import { S3Client, HeadBucketCommand, CreateBucketCommand } from '@aws-sdk/client-s3';

const s3 = new S3Client({});

async function ensureBucket(name: string) {
  try {
    await s3.send(new HeadBucketCommand({ Bucket: name }));
  } catch {
    await s3.send(new CreateBucketCommand({ Bucket: name }));
  }
}

export async function provision(envName: string) {
  const buckets = ['uploads', 'exports', 'backups'].map((b) => `${envName}-${b}`);
  for (const bucket of buckets) {
    await ensureBucket(bucket);
  }
}
