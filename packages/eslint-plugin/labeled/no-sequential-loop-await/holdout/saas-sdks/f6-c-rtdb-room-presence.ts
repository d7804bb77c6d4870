// case: a Cloud Function reads a room's member list from the Realtime Database, then each member's presence status
// category: saas-sdks
// why: memberIds is built before the loop; each iteration reads status/<uid>, a path no iteration
//      writes; setting a key in the Map is fine and nothing stops the loop, so the status reads can all
//      start together
import { getDatabase } from 'firebase-admin/database';
import { onCall, HttpsError } from 'firebase-functions/v2/https';

type Presence = { state: 'online' | 'away' | 'offline'; lastChanged: number };

export const roomPresence = onCall(async (request) => {
  if (!request.auth) throw new HttpsError('unauthenticated', 'Sign in first.');
  const { roomId } = request.data as { roomId: string };
  const db = getDatabase();

  const membersSnap = await db.ref(`rooms/${roomId}/members`).get();
  const memberIds = Object.keys(membersSnap.val() ?? {});
  if (!memberIds.includes(request.auth.uid)) {
    throw new HttpsError('permission-denied', 'Not a member of this room.');
  }

  const presence = new Map<string, Presence>();
  /*@A*/ for (const uid of memberIds) {
    const snap = await db.ref(`status/${uid}`).get();
    presence.set(uid, snap.exists() ? (snap.val() as Presence) : { state: 'offline', lastChanged: 0 });
  }

  return {
    online: [...presence.values()].filter((p) => p.state === 'online').length,
    members: Object.fromEntries(presence),
  };
});
