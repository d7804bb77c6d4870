// case: a 'use server' action checks the session, creates a post and revalidates the list
// category: react-server
// why: auth() is a guard whose result the create also uses, the create is a write, and
//      revalidatePath and redirect are synchronous; nothing can run side by side
'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { auth } from '@/auth';
import { db } from '@/lib/db';

const PostInput = z.object({ title: z.string().min(1).max(120), body: z.string().min(1) });

export async function createPost(formData: FormData) {
  const session = await auth();
  if (!session?.user) throw new Error('Not signed in');

  const input = PostInput.parse(Object.fromEntries(formData));
  const post = await db.post.create({ data: { ...input, authorId: session.user.id } });

  revalidatePath('/posts');
  redirect(`/posts/${post.id}`);
}
