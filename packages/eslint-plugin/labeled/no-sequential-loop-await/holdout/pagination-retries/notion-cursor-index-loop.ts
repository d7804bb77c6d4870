// case: a sync reads a Notion database page by page, with a cap on the number of pages
// category: pagination-retries
// why: the index loop only counts pages; each query needs start_cursor from the previous response and
//      the loop breaks when has_more is false
import { Client } from '@notionhq/client';

const notion = new Client({ auth: process.env.NOTION_TOKEN });
const MAX_PAGES = 20;

export async function readTasks(databaseId: string) {
  const tasks: Array<{ id: string; title: string }> = [];
  let cursor: string | undefined;
  for (let i = 0; i < MAX_PAGES; i++) {
    const response = await notion.databases.query({
      database_id: databaseId,
      start_cursor: cursor,
      page_size: 100,
      filter: { property: 'Status', status: { does_not_equal: 'Done' } },
    });
    for (const page of response.results) {
      if ('properties' in page && page.properties.Name?.type === 'title') {
        tasks.push({ id: page.id, title: page.properties.Name.title.map((t) => t.plain_text).join('') });
      }
    }
    if (!response.has_more || !response.next_cursor) break;
    cursor = response.next_cursor;
  }
  return tasks;
}
