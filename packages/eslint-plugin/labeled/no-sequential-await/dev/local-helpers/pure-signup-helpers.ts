// case: sign-up hashes the password and looks up a Gravatar through two local helpers
// category: local-helpers
// why: hashPassword is pure CPU work and gravatarFor only reads a remote avatar; neither uses the
//      other's input or output; the create needs both, so it is not a member
import bcrypt from 'bcryptjs';
import { createHash } from 'node:crypto';
import { prisma } from '../db';

async function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, 12);
}

async function gravatarFor(email: string): Promise<string> {
  const digest = createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
  const res = await fetch(`https://gravatar.com/avatar/${digest}?d=404`, { method: 'HEAD' });
  return res.ok ? res.url : '/avatars/default.png';
}

export async function signUp(input: { email: string; password: string; name: string }) {
  const passwordHash = /*@A*/ await hashPassword(input.password);
  const avatarUrl = /*@A*/ await gravatarFor(input.email);
  return prisma.user.create({
    data: { email: input.email, name: input.name, passwordHash, avatarUrl },
  });
}
