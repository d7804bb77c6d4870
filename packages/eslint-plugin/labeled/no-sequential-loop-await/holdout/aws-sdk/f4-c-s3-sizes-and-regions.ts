// case: an ops script reads object sizes for a manifest of S3 keys, counts running instances per region, restores archived keys and merges tags
// category: aws-sdk
// why: manifestSizes sends one HeadObject per key (a read) and sets a field per key; instancesByRegion
//      builds a client per region from the list DescribeRegions returned and reads that region's
//      instances into a Map: both loops can run their iterations together (A, B). restoreArchived sends
//      a RestoreObject per key (a write, discarded); mergeTags reads then writes each object's tags and
//      pauses every 50 keys: writes and pacing, so they stay in order.
import { setTimeout as sleep } from 'node:timers/promises';
import {
  S3Client,
  HeadObjectCommand,
  RestoreObjectCommand,
  GetObjectTaggingCommand,
  PutObjectTaggingCommand,
  type Tag,
} from '@aws-sdk/client-s3';
import { EC2Client, DescribeInstancesCommand, DescribeRegionsCommand } from '@aws-sdk/client-ec2';

const s3 = new S3Client({});

export async function manifestSizes(bucket: string, keys: string[]) {
  const sizes: Record<string, number> = {};
  /*@A*/ for (const key of keys) {
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    sizes[key] = head.ContentLength ?? 0;
  }
  return sizes;
}

export async function instancesByRegion() {
  const { Regions = [] } = await new EC2Client({ region: 'us-east-1' }).send(new DescribeRegionsCommand({}));
  const byRegion = new Map<string, number>();
  /*@B*/ for (const { RegionName } of Regions) {
    const ec2 = new EC2Client({ region: RegionName });
    const { Reservations = [] } = await ec2.send(
      new DescribeInstancesCommand({ Filters: [{ Name: 'instance-state-name', Values: ['running'] }] }),
    );
    byRegion.set(RegionName!, Reservations.reduce((n, r) => n + (r.Instances?.length ?? 0), 0));
  }
  return byRegion;
}

export async function restoreArchived(bucket: string, keys: string[]) {
  for (const key of keys) {
    await s3.send(
      new RestoreObjectCommand({
        Bucket: bucket,
        Key: key,
        RestoreRequest: { Days: 7, GlacierJobParameters: { Tier: 'Bulk' } },
      }),
    );
  }
}

export async function mergeTags(bucket: string, keys: string[], extra: Tag[]) {
  for (const [i, key] of keys.entries()) {
    const { TagSet = [] } = await s3.send(new GetObjectTaggingCommand({ Bucket: bucket, Key: key }));
    const merged = [...TagSet.filter((t) => !extra.some((e) => e.Key === t.Key)), ...extra];
    await s3.send(new PutObjectTaggingCommand({ Bucket: bucket, Key: key, Tagging: { TagSet: merged } }));
    if (i % 50 === 49) await sleep(1000);
  }
}
