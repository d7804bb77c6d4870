import { z } from 'zod';

import { prisma } from './db';

export const ProfileInput = z.object({
  displayName: z.string().trim().min(1).max(60),
  bio: z.string().trim().max(280).default(''),
  website: z.string().url().or(z.literal('')).default(''),
  location: z.string().trim().max(80).default(''),
});

export type ProfileInput = z.infer<typeof ProfileInput>;

export function getProfileRow(userId: string) {
  return prisma.profile.findUnique({ where: { userId } });
}

export async function syncProfile(userId: string, raw: unknown) {
  const data = ProfileInput.parse(raw);
  return prisma.profile.upsert({
    where: { userId },
    create: { userId, ...data },
    update: { ...data, updatedAt: new Date() },
  });
}
