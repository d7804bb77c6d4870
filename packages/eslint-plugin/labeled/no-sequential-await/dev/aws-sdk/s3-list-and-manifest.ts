// case: a release tool lists a build prefix in S3 and downloads its manifest
// category: aws-sdk
// why: ListObjectsV2 and GetObject are both reads of the bucket and neither uses the other; the
//      transformToString call needs the GetObject body, so it comes after the group
import { S3Client, ListObjectsV2Command, GetObjectCommand } from '@aws-sdk/client-s3';

const s3 = new S3Client({ region: 'eu-west-1' });
const Bucket = 'acme-build-artifacts';

export async function describeBuild(buildId: string) {
  const prefix = `builds/${buildId}/`;

  const listing = /*@A*/ await s3.send(new ListObjectsV2Command({ Bucket, Prefix: prefix, MaxKeys: 1000 }));
  const manifestObject = /*@A*/ await s3.send(new GetObjectCommand({ Bucket, Key: `${prefix}manifest.json` }));

  const manifest = JSON.parse(await manifestObject.Body!.transformToString()) as {
    version: string;
    files: string[];
  };
  const present = new Set((listing.Contents ?? []).map((o) => o.Key!.slice(prefix.length)));
  return {
    version: manifest.version,
    missing: manifest.files.filter((f) => !present.has(f)),
  };
}
