// case: a Trigger.dev task triggers a thumbnail and a transcript subtask and waits for each, then pauses before notifying
// category: cache-queue
// why: triggerAndWait starts a child run (a write) and checkpoints the parent, so the second trigger may not
//      start before the first settles; wait.for is intentional pacing; the notify is awaited for its effect
import { task, wait } from '@trigger.dev/sdk';
import { makeThumbnail } from './thumbnail';
import { transcribe } from './transcribe';
import { notifyUploader } from './notify';

export const processUpload = task({
  id: 'process-upload',
  maxDuration: 900,
  run: async (payload: { uploadId: string; url: string; userId: string }) => {
    const thumb = await makeThumbnail.triggerAndWait({ url: payload.url, width: 640 });
    const transcript = await transcribe.triggerAndWait({ url: payload.url, language: 'auto' });

    if (!thumb.ok || !transcript.ok) {
      throw new Error(`subtask failed for upload ${payload.uploadId}`);
    }

    await wait.for({ seconds: 30 });
    await notifyUploader(payload.userId, { thumbnail: thumb.output.key, words: transcript.output.words });
    return { thumbnail: thumb.output.key };
  },
});
