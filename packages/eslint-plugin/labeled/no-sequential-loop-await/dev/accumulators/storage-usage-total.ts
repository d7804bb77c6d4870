// case: a quota report sums the bytes used by every bucket of a project
// category: accumulators
// why: loop A is reported: each bucket's usage is a read; the running total only adds the result
//      after the await and is never passed to a call, so a rewrite can sum the results afterwards
import { Storage } from '@google-cloud/storage';

const storage = new Storage();

export async function projectUsage(bucketNames: string[]) {
  let totalBytes = 0;
  const perBucket: Record<string, number> = {};
  /*@A*/ for (const name of bucketNames) {
    const [files] = await storage.bucket(name).getFiles({ autoPaginate: true });
    const bytes = files.reduce((sum, f) => sum + Number(f.metadata.size ?? 0), 0);
    perBucket[name] = bytes;
    totalBytes += bytes;
  }
  return { totalBytes, perBucket };
}
