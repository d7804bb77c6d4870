// case: after a chat message is saved, a worker sends Expo push notifications and stores the tickets
// category: saas-sdks
// why: the recipients query feeds the messages; sending the push is a write whose tickets are then
//      stored; the ticket insert and the conversation update are both awaited for their effect
//      (discarded) and must not start before the send settled, so nothing here is a group
import { Expo, type ExpoPushMessage } from 'expo-server-sdk';
import { db } from '../db';

const expo = new Expo({ accessToken: process.env.EXPO_ACCESS_TOKEN });

export async function notifyNewMessage(conversationId: string, senderId: string, preview: string) {
  const recipients = await db.participant.findMany({
    where: { conversationId, userId: { not: senderId }, muted: false },
    select: { userId: true, pushToken: true },
  });

  const messages: ExpoPushMessage[] = recipients
    .filter((r) => r.pushToken && Expo.isExpoPushToken(r.pushToken))
    .map((r) => ({
      to: r.pushToken!,
      sound: 'default',
      title: 'New message',
      body: preview.slice(0, 120),
      data: { conversationId },
    }));
  if (messages.length === 0) return 0;

  const tickets = await expo.sendPushNotificationsAsync(messages);

  await db.pushTicket.createMany({
    data: tickets.map((t, i) => ({
      token: String(messages[i].to),
      ticketId: t.status === 'ok' ? t.id : null,
      error: t.status === 'error' ? t.message : null,
    })),
  });
  await db.conversation.update({ where: { id: conversationId }, data: { lastNotifiedAt: new Date() } });
  return tickets.length;
}
