// case: a Firebase callable function returns the caller's auth record, profile, recent projects and billing doc
// category: serverless
// why: the auth check is synchronous; then four reads (Auth getUser and three Firestore reads of
//      different documents and collections) all take only the uid and none uses another's result
import { onCall, HttpsError } from 'firebase-functions/v2/https';
import { initializeApp } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';

initializeApp();
const db = getFirestore();

export const getAccountSummary = onCall({ region: 'europe-west1' }, async (request) => {
  if (!request.auth) {
    throw new HttpsError('unauthenticated', 'Sign in first');
  }
  const uid = request.auth.uid;

  const userRecord = /*@A*/ await getAuth().getUser(uid);
  const profileSnap = /*@A*/ await db.collection('profiles').doc(uid).get();
  const projectsSnap = /*@A*/ await db
    .collection('projects')
    .where('ownerId', '==', uid)
    .orderBy('updatedAt', 'desc')
    .limit(10)
    .get();
  const billingSnap = /*@A*/ await db.doc(`billing/${uid}`).get();

  return {
    email: userRecord.email,
    emailVerified: userRecord.emailVerified,
    displayName: profileSnap.get('displayName') ?? userRecord.displayName,
    projects: projectsSnap.docs.map((d) => ({ id: d.id, name: d.get('name') })),
    plan: billingSnap.exists ? billingSnap.get('plan') : 'free',
  };
});
