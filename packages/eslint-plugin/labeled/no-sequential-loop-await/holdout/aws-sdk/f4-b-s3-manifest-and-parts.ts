// case: verifying an S3 export against its manifest with HeadObject per entry, and uploading buffered chunks as multipart parts
// category: aws-sdk
// why: verifyManifest loops over the manifest array; each iteration awaits headOrNull, a local
//      function that only sends a HeadObjectCommand for the entry's key, and pushes into lists
//      (A). uploadChunks sends an UploadPartCommand per chunk in an index loop: uploads are
//      writes, so it is not reported
import { HeadObjectCommand, NotFound, S3Client, UploadPartCommand } from '@aws-sdk/client-s3';

const s3 = new S3Client({ region: process.env.AWS_REGION });

type ManifestEntry = { key: string; size: number };

async function headOrNull(bucket: string, key: string) {
  try {
    return await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
  } catch (err) {
    if (err instanceof NotFound) return null;
    throw err;
  }
}

export async function verifyManifest(bucket: string, manifest: ManifestEntry[]) {
  const missing: string[] = [];
  const mismatched: { key: string; expected: number; actual: number }[] = [];
  /*@A*/ for (const entry of manifest) {
    const head = await headOrNull(bucket, entry.key);
    if (!head) {
      missing.push(entry.key);
      continue;
    }
    if (head.ContentLength !== entry.size) {
      mismatched.push({ key: entry.key, expected: entry.size, actual: head.ContentLength ?? -1 });
    }
  }
  return { ok: missing.length === 0 && mismatched.length === 0, missing, mismatched };
}

export async function uploadChunks(bucket: string, key: string, uploadId: string, chunks: Buffer[]) {
  const parts: { ETag: string; PartNumber: number }[] = [];
  for (let i = 0; i < chunks.length; i++) {
    const { ETag } = await s3.send(
      new UploadPartCommand({ Bucket: bucket, Key: key, UploadId: uploadId, PartNumber: i + 1, Body: chunks[i] }),
    );
    parts.push({ ETag: ETag!, PartNumber: i + 1 });
  }
  return parts;
}
