// case: a notifier reads each user's device tokens from Firestore, then sends one FCM message per token
// category: saas-sdks
// why: the first loop walks userIds and awaits one independent query per user, only pushing the
//      results (A); the second loop sends a message per token (a write) and, on a dead token,
//      removes it from Firestore (another write) and counts deliveries: it must not be reported
import { getFirestore, FieldValue } from 'firebase-admin/firestore';
import { getMessaging } from 'firebase-admin/messaging';

const db = getFirestore();
const messaging = getMessaging();

export async function notifyUsers(userIds: string[], title: string, body: string) {
  const targets: Array<{ uid: string; token: string }> = [];
  /*@A*/ for (const uid of userIds) {
    const snap = await db.collection('devices').where('uid', '==', uid).where('enabled', '==', true).get();
    for (const doc of snap.docs) targets.push({ uid, token: doc.get('token') as string });
  }

  let delivered = 0;
  for (const { uid, token } of targets) {
    try {
      await messaging.send({ token, notification: { title, body }, data: { kind: 'broadcast' } });
      delivered++;
    } catch (err) {
      if ((err as { code?: string }).code === 'messaging/registration-token-not-registered') {
        await db.collection('users').doc(uid).update({ tokens: FieldValue.arrayRemove(token) });
      }
    }
  }
  return { targets: targets.length, delivered };
}
