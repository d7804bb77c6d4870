// case: a Firestore transaction reads a team and its subscription, then adds a seat
// category: transactions
// why: both tx.get calls go through one transaction handle inside the runTransaction callback and
//      stay in it, in order; the update is queued on the same transaction; runTransaction itself is
//      the only await outside it. No group.
import { getFirestore, FieldValue } from 'firebase-admin/firestore';

const db = getFirestore();

export class SeatLimitError extends Error {}

export async function addSeat(teamId: string, uid: string): Promise<number> {
  return db.runTransaction(async (tx) => {
    const teamRef = db.collection('teams').doc(teamId);
    const subRef = db.collection('subscriptions').doc(teamId);

    const team = await tx.get(teamRef);
    const subscription = await tx.get(subRef);

    const members = (team.get('members') as string[] | undefined) ?? [];
    if (members.includes(uid)) return members.length;

    const limit = (subscription.get('seatLimit') as number | undefined) ?? 1;
    if (members.length >= limit) {
      throw new SeatLimitError(`team ${teamId} has used all ${limit} seats`);
    }

    tx.update(teamRef, {
      members: FieldValue.arrayUnion(uid),
      updatedAt: FieldValue.serverTimestamp(),
    });
    return members.length + 1;
  });
}
