// case: a SvelteKit sign-up form action: validate, check the email, hash, create the user and session
// category: http-handlers
// why: formData() feeds everything; the existing-user read is guarded by fail(409), so hashing (which
//      does not use it, but is deliberately expensive and must not run for a taken email) comes after
//      the guard; create uses the hash, createSession uses the user: a chain with no group
import { fail, redirect } from '@sveltejs/kit';
import { hash } from '@node-rs/argon2';
import type { Actions } from './$types';
import { db } from '$lib/server/db';
import { createSession, generateSessionToken, setSessionTokenCookie } from '$lib/server/auth';

export const actions: Actions = {
  default: async ({ request, cookies }) => {
    const form = await request.formData();
    const email = String(form.get('email') ?? '').trim().toLowerCase();
    const password = String(form.get('password') ?? '');
    if (!email.includes('@') || password.length < 10) {
      return fail(400, { email, invalid: true });
    }

    const existing = await db.user.findUnique({ where: { email } });
    if (existing) return fail(409, { email, taken: true });

    const passwordHash = await hash(password, { memoryCost: 19456, timeCost: 2, parallelism: 1 });
    const user = await db.user.create({ data: { email, passwordHash } });

    const token = generateSessionToken();
    const session = await createSession(token, user.id);
    setSessionTokenCookie(cookies, token, session.expiresAt);

    redirect(303, '/onboarding');
  },
};
