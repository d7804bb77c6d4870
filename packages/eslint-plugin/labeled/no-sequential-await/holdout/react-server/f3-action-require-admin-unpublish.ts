// case: a server action checks that the caller is an admin, reads the post, then unpublishes it
// category: react-server
// why: requireAdmin is a guard that throws or redirects for non-admins, and it must pass before the
//      post is read; the read and the update are ordered after it, and the update uses both results
'use server';

import { revalidatePath } from 'next/cache';
import { requireAdmin } from '@/lib/auth';
import { db } from '@/lib/db';

export async function unpublishPost(formData: FormData) {
  const postId = String(formData.get('postId') ?? '');
  if (!postId) return { error: 'missing post id' };

  const admin = await requireAdmin();
  const post = await db.post.findUnique({
    where: { id: postId },
    select: { id: true, slug: true, publishedAt: true },
  });
  if (!post?.publishedAt) return { error: 'post is not published' };

  await db.post.update({
    where: { id: post.id },
    data: { publishedAt: null, unpublishedById: admin.id },
  });
  revalidatePath(`/blog/${post.slug}`);
  return { ok: true };
}
