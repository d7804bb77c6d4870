// case: a Next.js server action archives the posts selected in a table
// category: http-handlers
// why: the guard runs once before the loop; each iteration is an UPDATE (a write) whose result is
//      discarded, so the loop is an ordered series of effects and must not be reported
'use server';

import { revalidatePath } from 'next/cache';
import { and, eq } from 'drizzle-orm';
import { db } from '@/db';
import { posts } from '@/db/schema';
import { auth } from '@/auth';

export async function archivePosts(formData: FormData) {
  const session = await auth();
  if (!session?.user) throw new Error('Unauthorized');

  const ids = formData.getAll('postId').map(String);
  for (const id of ids) {
    await db
      .update(posts)
      .set({ status: 'archived', archivedAt: new Date() })
      .where(and(eq(posts.id, id), eq(posts.authorId, session.user.id)));
  }

  revalidatePath('/dashboard/posts');
  return { archived: ids.length };
}
