// case: a Next.js server action that signs a user up with better-auth and creates their profile
// category: saas-sdks
// why: the existing-user read is guarded by an early return; headers() feeds signUpEmail; the profile
//      insert uses the new user's id; the welcome email is a discarded send; revalidatePath and
//      redirect are synchronous: no two awaits are independent and unordered
'use server';

import { headers } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { eq } from 'drizzle-orm';
import { auth } from '@/lib/auth';
import { db } from '@/db';
import { profiles, users } from '@/db/schema';
import { sendWelcomeEmail } from '@/lib/email';

export async function signUpAction(_prev: unknown, formData: FormData) {
  const email = String(formData.get('email')).toLowerCase();
  const name = String(formData.get('name'));
  const password = String(formData.get('password'));

  const existing = await db.query.users.findFirst({ where: eq(users.email, email) });
  if (existing) return { error: 'An account with this email already exists.' };

  const result = await auth.api.signUpEmail({
    body: { email, name, password },
    headers: await headers(),
  });

  await db.insert(profiles).values({
    userId: result.user.id,
    locale: String(formData.get('locale') ?? 'en'),
    marketingOptIn: formData.get('marketing') === 'on',
  });
  await sendWelcomeEmail({ to: email, name });

  revalidatePath('/');
  redirect('/welcome');
}
