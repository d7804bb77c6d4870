// case: a React Router 7 route action dispatching on a form intent (duplicate / archive a note)
// category: http-handlers
// why: requireUserId is a guard and formData() comes after it; in the duplicate case the note read is
//      guarded by a 404 throw, then attachments and tags (both by note.id) are independent reads (A);
//      createNote uses all of them, copyAttachments is a discarded write, and the archive case is a
//      single discarded write in another branch
import { data, redirect } from 'react-router';
import type { Route } from './+types/note';
import { requireUserId } from '~/services/session.server';
import {
  archiveNote,
  copyAttachments,
  createNote,
  getNote,
  listAttachments,
  listTags,
} from '~/models/note.server';

export async function action({ request, params }: Route.ActionArgs) {
  const userId = await requireUserId(request);
  const formData = await request.formData();
  const intent = formData.get('intent');

  switch (intent) {
    case 'duplicate': {
      const note = await getNote({ id: params.noteId, userId });
      if (!note) throw data('Note not found', { status: 404 });
      const attachments = /*@A*/ await listAttachments(note.id);
      const tags = /*@A*/ await listTags(note.id);
      const copy = await createNote({
        userId,
        title: `${note.title} (copy)`,
        body: note.body,
        tagIds: tags.map((t) => t.id),
      });
      await copyAttachments(attachments, copy.id);
      return redirect(`/notes/${copy.id}`);
    }
    case 'archive': {
      await archiveNote({ id: params.noteId, userId });
      return redirect('/notes');
    }
    default:
      throw data(`Unknown intent ${String(intent)}`, { status: 400 });
  }
}
