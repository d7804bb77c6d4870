// case: a broadcast worker sends Expo push notifications chunk by chunk and stores the ticket ids for the receipt check
// category: saas-sdks
// why: each iteration sends a chunk of notifications (a write to the Expo push service, which also
//      asks senders to spread chunks out); it is not a read, so the loop must not be reported even
//      though the chunks exist before it and pushing the tickets would keep their order
import { Expo, type ExpoPushMessage, type ExpoPushTicket } from 'expo-server-sdk';
import { db } from '../db';

const expo = new Expo({ accessToken: process.env.EXPO_ACCESS_TOKEN, useFcmV1: true });

export async function broadcast(campaignId: string, title: string, body: string) {
  const devices = await db.device.findMany({ where: { optedIn: true }, select: { token: true } });
  const messages: ExpoPushMessage[] = devices
    .filter((d) => Expo.isExpoPushToken(d.token))
    .map((d) => ({ to: d.token, title, body, data: { campaignId }, priority: 'high' }));

  const chunks = expo.chunkPushNotifications(messages);
  const tickets: ExpoPushTicket[] = [];
  for (const chunk of chunks) {
    try {
      const chunkTickets = await expo.sendPushNotificationsAsync(chunk);
      tickets.push(...chunkTickets);
    } catch (err) {
      console.error(`campaign ${campaignId}: a chunk failed`, err);
    }
  }

  const receiptIds = tickets.flatMap((t) => (t.status === 'ok' ? [t.id] : []));
  await db.pushReceipt.createMany({
    data: receiptIds.map((id) => ({ campaignId, receiptId: id, checked: false })),
  });
  return { sent: tickets.length, pendingReceipts: receiptIds.length };
}
