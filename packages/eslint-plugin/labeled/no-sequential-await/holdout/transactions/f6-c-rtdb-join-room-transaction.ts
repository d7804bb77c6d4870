// case: a Firebase callable function reads the user and the room from the Realtime Database, claims a seat in a transaction, then records the member
// category: transactions
// why: the user snapshot and the room-meta snapshot are plain reads of two different paths and use
//      nothing of each other (A); the seat transaction needs the capacity read from the room and is
//      a write, so it cannot join them; the member set() is awaited for its effect and depends on
//      the transaction having committed
import { getDatabase } from 'firebase-admin/database';
import { HttpsError, onCall } from 'firebase-functions/v2/https';

export const joinRoom = onCall(async (request) => {
  const uid = request.auth?.uid;
  if (!uid) throw new HttpsError('unauthenticated', 'Sign in first.');
  const { roomId } = request.data as { roomId: string };
  const db = getDatabase();

  const userSnap = /*@A*/ await db.ref(`users/${uid}/profile`).get();
  const roomSnap = /*@A*/ await db.ref(`rooms/${roomId}/meta`).get();
  if (!roomSnap.exists()) throw new HttpsError('not-found', 'No such room.');
  const capacity: number = roomSnap.child('capacity').val() ?? 8;

  const result = await db.ref(`rooms/${roomId}/seatCount`).transaction((count: number | null) => {
    const current = count ?? 0;
    if (current >= capacity) return undefined;
    return current + 1;
  });
  if (!result.committed) throw new HttpsError('resource-exhausted', 'Room is full.');

  await db.ref(`rooms/${roomId}/members/${uid}`).set({
    name: userSnap.child('displayName').val() ?? 'Guest',
    joinedAt: Date.now(),
  });
  return { seat: result.snapshot.val() as number };
});
