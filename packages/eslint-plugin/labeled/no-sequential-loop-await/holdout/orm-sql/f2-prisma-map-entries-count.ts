// case: a billing overview counts active seats and projects for each organization of a plan map
// category: orm-sql
// why: the loop goes over the entries of a Map that exists before it; each iteration runs two
//      count queries (reads) for its own org and sets that org's key of the result map;
//      iterations share nothing
import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

type Limits = { seats: number; projects: number };

export async function usageByOrg(plans: Map<string, Limits>) {
  const usage = new Map<string, { seats: string; projects: string; over: boolean }>();
  /*@A*/ for (const [orgId, limits] of plans) {
    const seats = await prisma.membership.count({ where: { orgId, deactivatedAt: null } });
    const projects = await prisma.project.count({ where: { orgId, archivedAt: null } });
    usage.set(orgId, {
      seats: `${seats}/${limits.seats}`,
      projects: `${projects}/${limits.projects}`,
      over: seats > limits.seats || projects > limits.projects,
    });
  }
  return usage;
}
