// case: a Slack Bolt slash command acknowledges, reads the user and channel, then answers ephemerally
// category: saas-sdks
// why: ack() is awaited for its effect and starts nothing we group; users.info and
//      conversations.info are independent reads; postEphemeral is a write awaited for its effect
import { App } from '@slack/bolt';

const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

app.command('/whois', async ({ command, ack, client }) => {
  await ack();

  const target = command.text.replace(/^<@([A-Z0-9]+)(\|[^>]*)?>$/, '$1').trim() || command.user_id;

  const { user } = /*@A*/ await client.users.info({ user: target });
  const { channel } = /*@A*/ await client.conversations.info({ channel: command.channel_id });

  await client.chat.postEphemeral({
    channel: command.channel_id,
    user: command.user_id,
    text: `${user?.real_name ?? target} (${user?.profile?.title || 'no title'}) – tz ${user?.tz}; asked in #${channel?.name}`,
  });
});

export default app;
