// case: a digest job loops over organizations and runs three independent Prisma reads in each iteration
// category: orm-sql
// why: inside one iteration the member count, the open-issue count and the last deploy all filter by the
//      loop's orgId and none reads another's result; they form a group within the iteration body
import { PrismaClient } from '@prisma/client';

const db = new PrismaClient();

type DigestRow = {
  orgId: string;
  members: number;
  openIssues: number;
  lastDeployAt: Date | null;
};

export async function buildOrgDigest(orgIds: readonly string[]): Promise<DigestRow[]> {
  const rows: DigestRow[] = [];
  for (const orgId of orgIds) {
    const members = /*@A*/ await db.membership.count({ where: { orgId, deactivatedAt: null } });
    const openIssues = /*@A*/ await db.issue.count({ where: { orgId, status: 'OPEN' } });
    const lastDeploy = /*@A*/ await db.deployment.findFirst({
      where: { orgId, status: 'SUCCEEDED' },
      orderBy: { createdAt: 'desc' },
      select: { createdAt: true },
    });
    rows.push({ orgId, members, openIssues, lastDeployAt: lastDeploy?.createdAt ?? null });
  }
  return rows.sort((a, b) => b.openIssues - a.openIssues);
}
