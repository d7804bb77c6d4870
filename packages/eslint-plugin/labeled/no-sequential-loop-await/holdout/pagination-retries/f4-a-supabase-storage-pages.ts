// case: listing every export file of an org from Supabase Storage page by page, and classifying a file name with an AI SDK call retried with backoff
// category: pagination-retries
// why: the page loop counts pages instead of walking a collection and breaks on the short page, so it
//      decides when to stop; the retry loop returns on success, throws on the last attempt and sleeps
//      between attempts: neither may run its iterations together
import { APICallError, generateObject } from 'ai';
import { openai } from '@ai-sdk/openai';
import type { FileObject } from '@supabase/storage-js';
import type { SupabaseClient } from '@supabase/supabase-js';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';

const PAGE = 100;

export async function listAllExports(supabase: SupabaseClient, orgId: string): Promise<FileObject[]> {
  const files: FileObject[] = [];
  for (let page = 0; page < 50; page++) {
    const { data, error } = await supabase.storage.from('exports').list(orgId, {
      limit: PAGE,
      offset: page * PAGE,
      sortBy: { column: 'created_at', order: 'desc' },
    });
    if (error) throw error;
    files.push(...data);
    if (data.length < PAGE) break;
  }
  return files;
}

const Kind = z.object({ kind: z.enum(['invoice', 'report', 'backup', 'other']), confidence: z.number() });

export async function classifyExport(fileName: string) {
  for (let attempt = 1; attempt <= 4; attempt++) {
    try {
      const { object } = await generateObject({
        model: openai('gpt-4.1-nano'),
        schema: Kind,
        prompt: `Classify this export file by its name: ${fileName}`,
      });
      return object;
    } catch (err) {
      if (!APICallError.isInstance(err) || !err.isRetryable || attempt === 4) throw err;
      await sleep(250 * 2 ** attempt);
    }
  }
  throw new Error('unreachable');
}
