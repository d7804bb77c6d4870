import type { PrismaClient } from '@prisma/client';

export async function getProject(db: PrismaClient, projectId: string) {
  return db.project.findFirst({
    where: { id: projectId, deletedAt: null },
    select: { id: true, name: true, slug: true, framework: true, repoUrl: true, updatedAt: true },
  });
}

export async function renameProject(db: PrismaClient, projectId: string, name: string) {
  return db.project.update({ where: { id: projectId }, data: { name } });
}
