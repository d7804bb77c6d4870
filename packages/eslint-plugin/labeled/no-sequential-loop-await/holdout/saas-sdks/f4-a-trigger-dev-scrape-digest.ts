// case: a Trigger.dev task scrapes competitor pages through a child task, then asks Claude for the pricing changes on each scraped page
// category: saas-sdks
// why: the scrape loop awaits triggerAndWait(), a wait that suspends the run; Trigger.dev rejects
//      parallel waits (batchTriggerAndWait is the parallel form), so it stays sequential; the second loop
//      runs over the pages collected before it and awaits one read-only messages.create per page,
//      pushing the text: report it
import Anthropic from '@anthropic-ai/sdk';
import { task } from '@trigger.dev/sdk';
import { scrapePage } from './scrape-page';

const anthropic = new Anthropic();

export const competitorDigest = task({
  id: 'competitor-digest',
  maxDuration: 1800,
  run: async (payload: { urls: string[] }) => {
    const pages: { url: string; markdown: string }[] = [];
    for (const url of payload.urls) {
      const result = await scrapePage.triggerAndWait({ url });
      if (result.ok) pages.push({ url, markdown: result.output.markdown });
    }

    const notes: { url: string; changes: string }[] = [];
    /*@A*/ for (const page of pages) {
      const message = await anthropic.messages.create({
        model: 'claude-haiku-4-5',
        max_tokens: 500,
        messages: [
          {
            role: 'user',
            content: `List any pricing or plan changes on ${page.url} as short bullets, or "none".\n\n${page.markdown.slice(0, 20_000)}`,
          },
        ],
      });
      notes.push({
        url: page.url,
        changes: message.content.map((block) => (block.type === 'text' ? block.text : '')).join(''),
      });
    }

    return { scraped: pages.length, notes };
  },
});
