// case: a deploy notifier posts a Slack message, replies in its thread and fetches its permalink
// category: saas-sdks
// why: the thread reply and the permalink both need the ts of the first post; the reply is a write
//      awaited for its effect, so the permalink read cannot join anything
import { WebClient } from '@slack/web-api';

const slack = new WebClient(process.env.SLACK_BOT_TOKEN);

export async function announceDeploy(channel: string, service: string, sha: string, changelog: string) {
  const parent = await slack.chat.postMessage({
    channel,
    text: `:rocket: Deploying *${service}* at \`${sha.slice(0, 7)}\``,
  });

  await slack.chat.postMessage({
    channel,
    thread_ts: parent.ts,
    text: changelog,
  });

  const { permalink } = await slack.chat.getPermalink({ channel, message_ts: parent.ts! });
  return permalink;
}
