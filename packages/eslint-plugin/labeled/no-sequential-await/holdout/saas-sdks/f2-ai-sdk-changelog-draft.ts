// case: a release bot drafts a changelog with the Vercel AI SDK: outline, entry, then a title and an embedding of the entry
// category: saas-sdks
// why: the entry prompt contains the outline, so those two are a chain; the title generation and the
//      embed both take only the entry and not each other, so only they form a group
import { generateText, embed } from 'ai';
import { openai } from '@ai-sdk/openai';

export async function draftChangelog(version: string, commits: string[]) {
  const { text: outline } = await generateText({
    model: openai('gpt-4.1'),
    prompt: `Group these commits into Features, Fixes and Internal:\n${commits.join('\n')}`,
  });

  const { text: entry } = await generateText({
    model: openai('gpt-4.1'),
    system: 'You write concise, user-facing changelog entries in Markdown.',
    prompt: `Write the changelog for ${version} from this outline:\n${outline}`,
  });

  const { text: title } = /*@A*/ await generateText({
    model: openai('gpt-4.1-mini'),
    prompt: `A release title of at most eight words for:\n${entry}`,
  });
  const { embedding } = /*@A*/ await embed({
    model: openai.embedding('text-embedding-3-small'),
    value: entry,
  });

  return { version, title: title.trim(), entry, embedding };
}
