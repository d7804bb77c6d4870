// case: a Slack Bolt slash command acknowledges, looks up the caller and the channel, then replies
// category: saas-sdks
// why: ack() is awaited for its effect (Slack wants it within 3s) and must come first; users.info
//      and conversations.info take ids from the payload and ignore each other (A, inside the try);
//      postEphemeral is a write that uses both
import { App } from '@slack/bolt';

const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  signingSecret: process.env.SLACK_SIGNING_SECRET,
});

app.command('/oncall', async ({ command, ack, client, logger }) => {
  await ack();
  try {
    const { user } = /*@A*/ await client.users.info({ user: command.user_id });
    const { channel } = /*@A*/ await client.conversations.info({ channel: command.channel_id });

    const tz = user?.tz ?? 'UTC';
    const where = channel?.is_private ? 'this private channel' : `#${channel?.name ?? 'unknown'}`;
    const localTime = new Date().toLocaleTimeString('en-US', { timeZone: tz });

    await client.chat.postEphemeral({
      channel: command.channel_id,
      user: command.user_id,
      text: `Paging on-call for ${where} at ${localTime} your time.`,
    });
  } catch (error) {
    logger.error(error);
  }
});

export default app;
