// case: a dashboard loader reads the user and their teams in turn
// category: http-handlers
// why: both reads take the same id and use nothing of each other; the audit write is awaited
//      for its effect and ends the group
import { prisma } from '../db';

export async function loader({ params }: { params: { id: string } }) {
  const user = /*@A*/ await prisma.user.findUnique({ where: { id: params.id } });
  const teams = /*@A*/ await prisma.team.findMany({ where: { members: { some: { userId: params.id } } } });
  await audit.log('dashboard.view', params.id);
  return { user, teams };
}
