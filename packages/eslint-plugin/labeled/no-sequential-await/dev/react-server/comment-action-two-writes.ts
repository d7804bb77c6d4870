// case: a server action creates a comment and then a notification row
// category: react-server
// why: both awaits are writes; the notification must not be created when the comment insert
//      fails, so the second write waits for the first
'use server';

import { revalidateTag } from 'next/cache';
import { db } from '@/lib/db';

export async function addComment(postId: string, authorId: string, text: string) {
  const comment = await db.comment.create({ data: { postId, authorId, text } });
  const notification = await db.notification.create({
    data: { kind: 'comment', postId, actorId: authorId },
  });
  revalidateTag(`post:${postId}`);
  return { commentId: comment.id, notificationId: notification.id };
}
