import { WebClient } from '@slack/web-api';

const web = new WebClient(process.env.SLACK_BOT_TOKEN);

export async function channelInfo(channel: string) {
  const { channel: info } = await web.conversations.info({ channel, include_num_members: true });
  return { name: info?.name ?? channel, members: info?.num_members ?? 0 };
}

export async function recentMessages(channel: string, oldest: number) {
  const { messages = [] } = await web.conversations.history({
    channel,
    oldest: String(oldest),
    limit: 200,
  });
  return messages.filter((message) => !message.subtype);
}

export async function postDigest(channel: string, text: string) {
  const result = await web.chat.postMessage({ channel, text, mrkdwn: true });
  return result.ts;
}
