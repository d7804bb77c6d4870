// case: a Slack Bolt /digest command acknowledges, reads the channel info and the last day's messages, then posts a digest
// category: imported-helpers
// why: ack() is a discarded effect that comes first; channelInfo (conversations.info) and
//      recentMessages (conversations.history) only read and take only the channel id, so they form a
//      group; postDigest sends a message built from both
import { App } from '@slack/bolt';
import { channelInfo, recentMessages, postDigest } from './_modules/f2-slack';

const app = new App({ token: process.env.SLACK_BOT_TOKEN, signingSecret: process.env.SLACK_SIGNING_SECRET });

app.command('/digest', async ({ command, ack, respond }) => {
  await ack();

  const since = Math.floor(Date.now() / 1000) - 24 * 60 * 60;
  const info = /*@A*/ await channelInfo(command.channel_id);
  const messages = /*@A*/ await recentMessages(command.channel_id, since);

  const posters = new Set(messages.map((message) => message.user));
  const threads = messages.filter((message) => (message.reply_count ?? 0) > 0).length;
  const text = `*#${info.name} in the last 24h*: ${messages.length} messages from ${posters.size} of ${info.members} members, ${threads} threads`;

  const ts = await postDigest(command.channel_id, text);
  if (!ts) {
    await respond({ response_type: 'ephemeral', text: 'Could not post the digest.' });
  }
});

export default app;
