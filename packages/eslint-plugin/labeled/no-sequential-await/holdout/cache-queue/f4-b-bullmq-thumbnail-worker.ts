// case: a BullMQ worker renders a thumbnail from S3; the producer enqueues the render and a delayed sweep
// category: cache-queue
// why: the first updateProgress is awaited for its effect; after it the S3 original and the asset
//      row are reads of two systems keyed by job data, neither using the other (A). The body read
//      needs the original, sharp needs the bytes, and the upload, the row update and the progress
//      calls are ordered writes. In the producer both queue.add calls are writes: the second must
//      not start before the first has settled
import { Queue, UnrecoverableError, Worker } from 'bullmq';
import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { db } from '@/db';
import { assets } from '@/db/schema';
import { connection } from './connection';

type ThumbJob = { assetId: string; sourceKey: string };

const s3 = new S3Client({});
const BUCKET = process.env.MEDIA_BUCKET!;

export const thumbnails = new Queue<ThumbJob>('thumbnails', { connection });
export const maintenance = new Queue('maintenance', { connection });

export const worker = new Worker<ThumbJob>(
  'thumbnails',
  async (job) => {
    await job.updateProgress(5);
    const original = /*@A*/ await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: job.data.sourceKey }));
    const asset = /*@A*/ await db.query.assets.findFirst({
      where: eq(assets.id, job.data.assetId),
      columns: { id: true, width: true, height: true },
    });
    if (!asset) throw new UnrecoverableError(`asset ${job.data.assetId} is gone`);

    const input = Buffer.from(await original.Body!.transformToByteArray());
    const thumb = await sharp(input)
      .resize(480, 480, { fit: 'cover', position: sharp.strategy.attention })
      .webp({ quality: 80 })
      .toBuffer();
    await job.updateProgress(60);

    const thumbKey = job.data.sourceKey.replace(/^originals\//, 'thumbs/').replace(/\.\w+$/, '.webp');
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: thumbKey, Body: thumb, ContentType: 'image/webp' }));
    await db.update(assets).set({ thumbKey, thumbReadyAt: new Date() }).where(eq(assets.id, asset.id));
    await job.updateProgress(100);
    return { thumbKey };
  },
  { connection, concurrency: 4 },
);

export async function requestThumbnail(assetId: string, sourceKey: string) {
  const render = await thumbnails.add(
    'render',
    { assetId, sourceKey },
    { jobId: `thumb:${assetId}`, attempts: 3, backoff: { type: 'exponential', delay: 2000 } },
  );
  const sweep = await maintenance.add('sweep-original', { assetId }, { delay: 7 * 24 * 3600 * 1000 });
  return { renderId: render.id, sweepId: sweep.id };
}
