// case: a server action checks the Auth.js session, validates the form, updates the profile and reads it back
// category: react-server
// why: auth() ends in an early return; the update is awaited for its effect and the read that follows
//      selects the same profile row, so it must come after the write
'use server';

import { eq } from 'drizzle-orm';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { auth } from '@/auth';
import { db } from '@/db';
import { profiles } from '@/db/schema';

const ProfileSchema = z.object({
  displayName: z.string().min(1).max(60),
  bio: z.string().max(280).optional(),
});

export type ProfileState = { error?: string; profile?: typeof profiles.$inferSelect };

export async function updateProfile(_prev: ProfileState, formData: FormData): Promise<ProfileState> {
  const session = await auth();
  if (!session?.user?.id) return { error: 'Not signed in' };

  const parsed = ProfileSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: parsed.error.issues[0].message };

  await db.update(profiles).set(parsed.data).where(eq(profiles.userId, session.user.id));
  const updated = await db.query.profiles.findFirst({ where: eq(profiles.userId, session.user.id) });

  revalidatePath('/settings/profile');
  return { profile: updated };
}
