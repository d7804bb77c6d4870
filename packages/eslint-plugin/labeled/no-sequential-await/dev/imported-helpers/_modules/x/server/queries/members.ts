import type { PrismaClient } from '@prisma/client';

export function countMembers(db: PrismaClient, projectId: string) {
  return db.projectMember.count({ where: { projectId, removedAt: null } });
}
