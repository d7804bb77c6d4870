// case: onboarding makes sure every project has its Slack channel, through a local helper
// category: local-helpers
// why: ensureChannel looks the channel up and creates it when missing; the helper is a write, so the
//      loop is a series of effects
import { WebClient } from '@slack/web-api';

const slack = new WebClient(process.env.SLACK_BOT_TOKEN);

async function ensureChannel(name: string): Promise<string> {
  const { channels = [] } = await slack.conversations.list({ types: 'public_channel', limit: 1000 });
  const existing = channels.find((c) => c.name === name);
  if (existing?.id) return existing.id;
  const { channel } = await slack.conversations.create({ name });
  return channel!.id!;
}

export async function provisionChannels(projects: Array<{ key: string; ownerSlackId: string }>) {
  const channelIds: Record<string, string> = {};
  for (const project of projects) {
    const id = await ensureChannel(`proj-${project.key.toLowerCase()}`);
    channelIds[project.key] = id;
  }
  return channelIds;
}
