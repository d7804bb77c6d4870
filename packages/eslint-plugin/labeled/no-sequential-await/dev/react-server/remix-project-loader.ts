// case: a Remix loader requires a signed-in user, then reads a project and its members
// category: react-server
// why: requireUserId is a guard that must pass first; the project and member reads take only
//      the route param and are independent; the membership check uses both results
import { json, type LoaderFunctionArgs } from '@remix-run/node';
import invariant from 'tiny-invariant';
import { getProject, listMembers } from '~/models/project.server';
import { requireUserId } from '~/session.server';

export async function loader({ request, params }: LoaderFunctionArgs) {
  invariant(params.projectId, 'projectId is required');
  const userId = await requireUserId(request);

  const project = /*@A*/ await getProject(params.projectId);
  const members = /*@A*/ await listMembers(params.projectId);
  if (!project || !members.some((member) => member.userId === userId)) {
    throw new Response('Not Found', { status: 404 });
  }

  return json({ project, members });
}
