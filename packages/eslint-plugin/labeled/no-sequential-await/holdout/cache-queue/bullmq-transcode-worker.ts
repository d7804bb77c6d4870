// case: a BullMQ worker loads the video row and the encoding preset, reports progress, transcodes and uploads
// category: cache-queue
// why: the video read and the preset read use only job.data (group A); updateProgress is awaited for its
//      effect and ends the group; transcode needs both results and the upload needs the output
import { Worker, type Job } from 'bullmq';
import IORedis from 'ioredis';
import { prisma } from './prisma';
import { presets } from './presets';
import { transcode, uploadRendition } from './ffmpeg';

const connection = new IORedis(process.env.REDIS_URL!, { maxRetriesPerRequest: null });

type TranscodeJob = { videoId: string; preset: string };

export const worker = new Worker<TranscodeJob>(
  'transcode',
  async (job: Job<TranscodeJob>) => {
    const video = /*@A*/ await prisma.video.findUniqueOrThrow({ where: { id: job.data.videoId } });
    const preset = /*@A*/ await presets.get(job.data.preset);

    await job.updateProgress(10);
    const output = await transcode(video.sourceUrl, preset, (pct) => job.updateProgress(10 + pct * 0.8));
    await job.updateProgress(90);

    const url = await uploadRendition(video.id, preset.name, output);
    return { url };
  },
  { connection, concurrency: 2 },
);
