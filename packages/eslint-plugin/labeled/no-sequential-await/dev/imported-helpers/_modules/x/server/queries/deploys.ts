import type { PrismaClient } from '@prisma/client';

export async function listRecentDeploys(db: PrismaClient, projectId: string, take: number) {
  const rows = await db.deployment.findMany({
    where: { projectId },
    orderBy: { createdAt: 'desc' },
    take,
    select: { id: true, status: true, commitSha: true, createdAt: true, url: true },
  });
  return rows.map(row => ({ ...row, shortSha: row.commitSha.slice(0, 7) }));
}
