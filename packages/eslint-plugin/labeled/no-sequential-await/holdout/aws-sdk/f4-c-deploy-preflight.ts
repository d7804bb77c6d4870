// case: a static-site deploy script prints a preflight summary (account, bucket region, distribution), uploads the build and invalidates the CDN
// category: aws-sdk
// why: GetCallerIdentity, GetBucketLocation and GetDistribution read three services and use nothing of
//      each other (A). The status check throws before any upload, the uploads are writes in a loop,
//      and CreateInvalidation is a write whose result is only logged.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fg from 'fast-glob';
import mime from 'mime';
import { STSClient, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { S3Client, GetBucketLocationCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { CloudFrontClient, GetDistributionCommand, CreateInvalidationCommand } from '@aws-sdk/client-cloudfront';

const Bucket = process.env.SITE_BUCKET!;
const DistributionId = process.env.CF_DISTRIBUTION_ID!;

const sts = new STSClient({});
const s3 = new S3Client({});
const cloudfront = new CloudFrontClient({ region: 'us-east-1' });

async function main() {
  const identity = /*@A*/ await sts.send(new GetCallerIdentityCommand({}));
  const location = /*@A*/ await s3.send(new GetBucketLocationCommand({ Bucket }));
  const { Distribution } = /*@A*/ await cloudfront.send(new GetDistributionCommand({ Id: DistributionId }));

  console.table({
    account: identity.Account,
    bucket: `${Bucket} (${location.LocationConstraint ?? 'us-east-1'})`,
    distribution: `${DistributionId} ${Distribution?.Status}`,
  });
  if (Distribution?.Status !== 'Deployed') throw new Error('the previous deployment is still in progress');

  const files = await fg('**/*', { cwd: 'dist', dot: false });
  for (const file of files) {
    await s3.send(
      new PutObjectCommand({
        Bucket,
        Key: file,
        Body: await readFile(path.join('dist', file)),
        ContentType: mime.getType(file) ?? 'application/octet-stream',
        CacheControl: file.endsWith('.html') ? 'no-cache' : 'public, max-age=31536000, immutable',
      }),
    );
  }

  const { Invalidation } = await cloudfront.send(
    new CreateInvalidationCommand({
      DistributionId,
      InvalidationBatch: { CallerReference: `deploy-${Date.now()}`, Paths: { Quantity: 1, Items: ['/*'] } },
    }),
  );
  console.log(`uploaded ${files.length} files, invalidation ${Invalidation?.Id}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
