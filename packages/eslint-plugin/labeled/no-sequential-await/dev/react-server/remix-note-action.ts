// case: a Remix action requires the user, reads the form data and deletes or updates a note
// category: react-server
// why: requireUserId is a guard, so reading the body waits for it; the delete and the update sit
//      in different branches and use the form data
import { json, redirect, type ActionFunctionArgs } from '@remix-run/node';
import { deleteNote, updateNote } from '~/models/note.server';
import { requireUserId } from '~/session.server';

export async function action({ request, params }: ActionFunctionArgs) {
  const userId = await requireUserId(request);
  const formData = await request.formData();

  if (formData.get('intent') === 'delete') {
    await deleteNote({ id: params.noteId!, userId });
    return redirect('/notes');
  }

  const title = String(formData.get('title') ?? '');
  if (!title) return json({ errors: { title: 'Title is required' } }, { status: 400 });

  const note = await updateNote({ id: params.noteId!, userId, title, body: String(formData.get('body') ?? '') });
  return json({ note });
}
