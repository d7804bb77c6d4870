import { hash } from '@node-rs/argon2';

import { prisma } from '../lib/db';

const PASSWORD = 'correct horse battery staple';

export type Role = 'admin' | 'editor' | 'viewer';

export async function userFixture(role: Role) {
  const email = `${role}@fixtures.test`;
  return prisma.user.upsert({
    where: { email },
    update: { role, disabledAt: null },
    create: { email, role, name: `Fixture ${role}`, passwordHash: await hash(PASSWORD) },
  });
}

export async function workspaceFixture(ownerId: string, slug = 'fixture-workspace') {
  return prisma.workspace.upsert({
    where: { slug },
    update: { ownerId },
    create: { slug, name: 'Fixture workspace', ownerId, members: { create: { userId: ownerId, role: 'owner' } } },
  });
}

export async function resetFixtures() {
  await prisma.workspace.deleteMany({ where: { slug: { startsWith: 'fixture-' } } });
  await prisma.user.deleteMany({ where: { email: { endsWith: '@fixtures.test' } } });
}
