// case: reserving an event seat reads the event and the attendee doc inside a Firestore transaction, then writes both
// category: transactions
// why: the two t.get calls belong to one transaction (its reads lock the documents and must precede its
//      writes), so they stay in order
import { initializeApp } from 'firebase-admin/app';
import { FieldValue, getFirestore } from 'firebase-admin/firestore';

initializeApp();
const db = getFirestore();

export async function reserveSeat(eventId: string, uid: string) {
  const eventRef = db.collection('events').doc(eventId);
  const seatRef = eventRef.collection('attendees').doc(uid);

  return db.runTransaction(async (t) => {
    const event = await t.get(eventRef);
    const existing = await t.get(seatRef);

    if (!event.exists) throw new Error('no such event');
    if (existing.exists) return { already: true as const };

    const taken = (event.get('taken') as number | undefined) ?? 0;
    if (taken >= (event.get('capacity') as number)) throw new Error('sold out');

    t.update(eventRef, { taken: FieldValue.increment(1) });
    t.set(seatRef, { uid, reservedAt: FieldValue.serverTimestamp() });
    return { already: false as const, seat: taken + 1 };
  });
}
