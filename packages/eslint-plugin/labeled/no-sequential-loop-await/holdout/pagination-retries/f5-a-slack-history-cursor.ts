// case: an export script pages through a Slack channel's history with the response cursor
// category: pagination-retries
// why: each iteration passes the cursor the previous response returned, and the body breaks when
//      there is no next cursor; the page counter only caps the walk. Must stay sequential.
import { WebClient, type ConversationsHistoryResponse } from '@slack/web-api';

const slack = new WebClient(process.env.SLACK_BOT_TOKEN);

export async function exportChannel(channel: string, oldest: string, maxPages = 50) {
  const messages: NonNullable<ConversationsHistoryResponse['messages']> = [];
  let cursor: string | undefined;

  for (let page = 0; page < maxPages; page++) {
    const res = await slack.conversations.history({ channel, oldest, cursor, limit: 200 });
    messages.push(...(res.messages ?? []));
    cursor = res.response_metadata?.next_cursor || undefined;
    if (!res.has_more || !cursor) break;
  }

  return messages.filter((m) => m.subtype !== 'channel_join');
}
