// case: a Next.js server action saves the profile form and returns how complete the profile is
// category: imported-helpers
// why: syncProfile parses the form and upserts the profile row of this user (a write), and
//      profileCompleteness reads that same row (prisma.profile.findUnique by userId, through
//      getProfileRow in lib/profile). Started together, the score could come from the old row,
//      so the read stays after the write. auth() feeds both and has to come first
'use server';

import { revalidatePath } from 'next/cache';

import { auth } from './_modules/x/lib/auth';
import { syncProfile } from './_modules/x/lib/profile';
import { profileCompleteness } from './_modules/x/lib/profile-score';

export async function saveProfile(_prev: unknown, formData: FormData) {
  const session = await auth();
  if (!session?.user?.id) return { ok: false as const, error: 'Please sign in again.' };

  const fields = Object.fromEntries(formData);
  const profile = await syncProfile(session.user.id, fields);
  const completeness = await profileCompleteness(session.user.id);

  revalidatePath('/settings/profile');
  return { ok: true as const, profile, completeness };
}
