// case: a Trigger.dev task processes a podcast episode through subtasks: transcribe, extract chapters, translate into two languages, then publish
// category: serverless
// why: negative: chapters and both translations only need the transcript and look like a group, but
//      triggerAndWait() suspends the run until the child finishes and Trigger.dev rejects more than one
//      wait at a time ("Parallel waits are not supported"; batchTriggerAndWait is the parallel form), so
//      Promise.all over them breaks the run; wait.for is pacing, the update is a discarded write and the
//      final trigger is a discarded enqueue
import { logger, metadata, task, wait } from '@trigger.dev/sdk';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { episodes } from '@/db/schema';
import { extractChapters } from './extract-chapters';
import { notifySubscribers } from './notify-subscribers';
import { transcribeAudio } from './transcribe-audio';
import { translateText } from './translate-text';

export const processEpisode = task({
  id: 'process-episode',
  maxDuration: 3600,
  retry: { maxAttempts: 2 },
  run: async (payload: { episodeId: string; audioUrl: string }) => {
    metadata.set('stage', 'transcribing');
    const transcript = await transcribeAudio.triggerAndWait({ audioUrl: payload.audioUrl }).unwrap();

    metadata.set('stage', 'chapters');
    const chapters = await extractChapters.triggerAndWait({ text: transcript.text }).unwrap();

    metadata.set('stage', 'translating');
    const spanish = await translateText.triggerAndWait({ text: transcript.text, to: 'es' }).unwrap();
    const german = await translateText.triggerAndWait({ text: transcript.text, to: 'de' }).unwrap();

    logger.info('translations ready', { es: spanish.text.length, de: german.text.length });

    // give the CDN a moment to pick up the generated VTT files before publishing
    await wait.for({ seconds: 30 });

    await db
      .update(episodes)
      .set({
        transcript: transcript.text,
        chapters: chapters.items,
        translations: { es: spanish.text, de: german.text },
        publishedAt: new Date(),
      })
      .where(eq(episodes.id, payload.episodeId));

    await notifySubscribers.trigger({ episodeId: payload.episodeId });
    return { chapters: chapters.items.length };
  },
});
