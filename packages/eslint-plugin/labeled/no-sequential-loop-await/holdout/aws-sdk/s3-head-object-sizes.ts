// case: a release script checks the size and checksum of every artifact listed in a manifest
// category: aws-sdk
// why: HeadObjectCommand only reads metadata; the keys come from the manifest before the loop and each
//      iteration records its own entry in a Map, so the HEAD requests can run together
import { S3Client, HeadObjectCommand } from '@aws-sdk/client-s3';
import { readFile } from 'node:fs/promises';

const s3 = new S3Client({ region: process.env.AWS_REGION ?? 'eu-west-1' });
const BUCKET = process.env.RELEASE_BUCKET!;

interface Artifact {
  key: string;
  expectedBytes: number;
}

export async function verifyRelease(manifestPath: string) {
  const manifest: { version: string; artifacts: Artifact[] } = JSON.parse(await readFile(manifestPath, 'utf8'));
  const found = new Map<string, { bytes: number; checksum?: string }>();

  /*@A*/ for (const { key } of manifest.artifacts) {
    const head = await s3.send(
      new HeadObjectCommand({ Bucket: BUCKET, Key: `releases/${manifest.version}/${key}`, ChecksumMode: 'ENABLED' }),
    );
    found.set(key, { bytes: head.ContentLength ?? 0, checksum: head.ChecksumSHA256 });
  }

  const mismatched = manifest.artifacts.filter((a) => found.get(a.key)?.bytes !== a.expectedBytes);
  return { version: manifest.version, mismatched };
}
