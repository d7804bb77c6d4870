// case: an Express /me route verifies a Firebase ID token, logs the access, and returns the auth record, profile doc and teams built in one returned object literal
// category: http-handlers
// why: verifyIdToken is a guard whose uid every later call takes, so it is no member; the accessLog
//      add is a discarded write (ordered effect); inside loadMe's `return { … }` the getUser call,
//      the profile doc get and the teams query all only take the uid (A); the outer
//      `await loadMe(...)` uses decoded and comes after the add
import express from 'express';
import { initializeApp } from 'firebase-admin/app';
import { getAuth, type UserRecord } from 'firebase-admin/auth';
import { getFirestore, FieldValue } from 'firebase-admin/firestore';

initializeApp();
const auth = getAuth();
const db = getFirestore();
export const router = express.Router();

function toAccount(user: UserRecord) {
  return { email: user.email, verified: user.emailVerified, providers: user.providerData.map((p) => p.providerId) };
}

async function loadMe(uid: string) {
  return {
    account: toAccount(/*@A*/ await auth.getUser(uid)),
    profile: (/*@A*/ await db.collection('profiles').doc(uid).get()).data() ?? null,
    teams: (/*@A*/ await db.collection('teams').where('members', 'array-contains', uid).get()).docs.map(
      (doc) => ({ id: doc.id, name: doc.get('name') as string }),
    ),
  };
}

router.get('/me', async (req, res) => {
  const token = (req.headers.authorization ?? '').replace(/^Bearer /, '');
  const decoded = await auth.verifyIdToken(token, true);
  await db.collection('accessLog').add({ uid: decoded.uid, path: req.path, at: FieldValue.serverTimestamp() });
  res.json(await loadMe(decoded.uid));
});
