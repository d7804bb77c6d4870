// case: a deploy script checks the size and checksum of each artifact listed in the build manifest
// category: aws-sdk
// why: manifest.artifacts is read before the loop; each iteration sends a HeadObjectCommand (a
//      read) for its own key and pushes a row; `continue` only skips to the next artifact and
//      nothing carries over between iterations
import { S3Client, HeadObjectCommand } from '@aws-sdk/client-s3';
import { readFile } from 'node:fs/promises';

const s3 = new S3Client({ region: process.env.AWS_REGION ?? 'eu-west-1' });

export async function verifyArtifacts(manifestPath: string, bucket: string) {
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as {
    version: string;
    artifacts: { key: string; sha256: string; bytes: number }[];
  };
  const report: { key: string; ok: boolean; reason?: string }[] = [];
  /*@A*/ for (const artifact of manifest.artifacts) {
    const head = await s3.send(
      new HeadObjectCommand({
        Bucket: bucket,
        Key: `releases/${manifest.version}/${artifact.key}`,
        ChecksumMode: 'ENABLED',
      }),
    );
    if (head.ContentLength !== artifact.bytes) {
      report.push({ key: artifact.key, ok: false, reason: `size ${head.ContentLength} != ${artifact.bytes}` });
      continue;
    }
    const sha = Buffer.from(head.ChecksumSHA256 ?? '', 'base64').toString('hex');
    report.push({ key: artifact.key, ok: sha === artifact.sha256, reason: sha ? undefined : 'no checksum' });
  }
  return report;
}
