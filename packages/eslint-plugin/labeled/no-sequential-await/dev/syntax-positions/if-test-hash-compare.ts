// case: a sync step compares a local MD5 with the remote ETag inside an if test
// category: syntax-positions
// why: both sides of the comparison are awaited in the if test and neither uses the other; the
//      upload after the early return runs only when they differ
import { HeadObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';

const s3 = new S3Client({});

async function localMd5(file: string): Promise<string> {
  return createHash('md5').update(await readFile(file)).digest('hex');
}

async function remoteEtag(bucket: string, key: string): Promise<string | undefined> {
  try {
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return head.ETag?.replaceAll('"', '');
  } catch {
    return undefined;
  }
}

export async function syncFile(file: string, bucket: string, key: string): Promise<boolean> {
  if ((/*@A*/ await localMd5(file)) === (/*@A*/ await remoteEtag(bucket, key))) return false;
  await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: await readFile(file) }));
  return true;
}
