// case: a Firebase Admin function reads the user doc, then their team doc, then the team's members
// category: orm-sql
// why: each read takes an id out of the previous snapshot (teamId, then the team ref), so the reads form a
//      chain and cannot run together
import { initializeApp } from 'firebase-admin/app';
import { getFirestore } from 'firebase-admin/firestore';
import { onCall, HttpsError } from 'firebase-functions/v2/https';

initializeApp();
const db = getFirestore();

export const myTeam = onCall(async (request) => {
  const uid = request.auth?.uid;
  if (!uid) throw new HttpsError('unauthenticated', 'sign in');

  const userSnap = await db.doc(`users/${uid}`).get();
  const teamId = userSnap.get('teamId') as string | undefined;
  if (!teamId) return { team: null, members: [] };

  const teamSnap = await db.collection('teams').doc(teamId).get();
  const members = await teamSnap.ref.collection('members').orderBy('joinedAt').limit(50).get();

  return {
    team: { id: teamSnap.id, ...teamSnap.data() },
    members: members.docs.map((d) => ({ id: d.id, role: d.get('role') })),
  };
});
