// case: a React Router v7 route module: the note loader and the edit action
// category: http-handlers
// why: requireUserId is a guard; getNote is scoped to the user and its result is tested by the
//      404 throw before the tags and backlinks are read, so the note stays alone; the tags and
//      the backlinks take only the route id and use nothing of each other (A). In the action the
//      guard runs first, the form body is read after it, and the update is a write the redirect
//      relies on
import { data, redirect } from 'react-router';
import type { Route } from './+types/notes.$noteId';
import { requireUserId } from '~/session.server';
import { getNote, updateNote } from '~/models/note.server';
import { prisma } from '~/db.server';
import { search } from '~/search.server';

export async function loader({ request, params }: Route.LoaderArgs) {
  const userId = await requireUserId(request);
  const note = await getNote({ id: params.noteId, userId });
  if (!note) {
    throw data('Note not found', { status: 404 });
  }

  const tags = /*@A*/ await prisma.tag.findMany({
    where: { notes: { some: { id: params.noteId } } },
    select: { id: true, label: true, color: true },
  });
  const backlinks = /*@A*/ await search.backlinks(params.noteId, { limit: 10 });

  return { note, tags, backlinks };
}

export async function action({ request, params }: Route.ActionArgs) {
  const userId = await requireUserId(request);
  const formData = await request.formData();
  const title = String(formData.get('title') ?? '').trim();
  const body = String(formData.get('body') ?? '');

  if (!title) {
    return data({ errors: { title: 'Title is required' } }, { status: 400 });
  }

  await updateNote({ id: params.noteId, userId, title, body });
  return redirect(`/notes/${params.noteId}`);
}
