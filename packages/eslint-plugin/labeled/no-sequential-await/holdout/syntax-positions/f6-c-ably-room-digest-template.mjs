// case: a cron job builds a room digest from Ably presence and history inside one template literal, then posts it to Slack and back to the channel
// category: syntax-positions
// why: the presence read and the history read sit in one template literal, run one after the other
//      on the same channel object and use nothing of each other (A); the Slack post and the Ably
//      publish are sends awaited for their effect (discarded), so they are not members
import Ably from 'ably';
import { WebClient } from '@slack/web-api';

const ably = new Ably.Rest({ key: process.env.ABLY_API_KEY });
const slack = new WebClient(process.env.SLACK_BOT_TOKEN);

export async function postRoomDigest(roomId) {
  const channel = ably.channels.get(`rooms:${roomId}`);

  const text = `Room ${roomId}: ${(/*@A*/ await channel.presence.get()).items.length} online, ${(/*@A*/ await channel.history({ limit: 100, direction: 'backwards' })).items.length} recent messages`;

  await slack.chat.postMessage({ channel: process.env.SLACK_DIGEST_CHANNEL, text });
  await channel.publish('digest', { text, at: Date.now() });
  return text;
}

export default async function run() {
  const rooms = (process.env.DIGEST_ROOMS ?? '').split(',').filter(Boolean);
  const digests = await Promise.all(rooms.map((id) => postRoomDigest(id)));
  console.log(digests.join('\n'));
}
