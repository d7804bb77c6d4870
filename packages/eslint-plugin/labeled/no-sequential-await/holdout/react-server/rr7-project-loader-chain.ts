// case: a React Router 7 loader requires the user, reads the project they own, throws 404 when missing, then reads members
// category: react-server
// why: requireUser is a guard and the project read needs user.id; the members read needs project.id and
//      sits after a conditional throw, so each await waits for the one before it
import { data } from 'react-router';
import type { Route } from './+types/project';
import { db } from '~/db.server';
import { requireUser } from '~/auth.server';

export async function loader({ request, params }: Route.LoaderArgs) {
  const user = await requireUser(request);

  const project = await db.project.findFirst({
    where: { id: params.projectId, ownerId: user.id },
    select: { id: true, name: true, createdAt: true },
  });
  if (!project) throw data('Project not found', { status: 404 });

  const members = await db.member.findMany({
    where: { projectId: project.id },
    include: { user: { select: { name: true, email: true } } },
  });

  return { project, members };
}
