// case: a Cloud Functions HTTP handler checks a post exists, increments its vote counter and reads the fresh value back
// category: serverless
// why: the first get is a guard (404 otherwise); the update is a discarded write; the second get
//      reads the same document right after the write, so it must wait; the FCM send is a write
//      in a branch using the value read. Nothing is groupable.
import { onRequest } from 'firebase-functions/v2/https';
import { initializeApp } from 'firebase-admin/app';
import { getFirestore, FieldValue } from 'firebase-admin/firestore';
import { getMessaging } from 'firebase-admin/messaging';

initializeApp();
const db = getFirestore();

export const upvote = onRequest(async (req, res) => {
  const postId = String(req.query.post ?? '');
  const ref = db.collection('posts').doc(postId);

  const existing = await ref.get();
  if (!existing.exists) {
    res.status(404).json({ error: 'no such post' });
    return;
  }

  await ref.update({ votes: FieldValue.increment(1), lastVoteAt: FieldValue.serverTimestamp() });
  const fresh = await ref.get();
  const votes = fresh.get('votes') as number;

  if (votes % 100 === 0) {
    await getMessaging().send({
      topic: `post-${postId}`,
      notification: { title: `${votes} upvotes!`, body: String(existing.get('title')) },
    });
  }
  res.json({ votes });
});
