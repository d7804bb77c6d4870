// case: a React Router 7 action requires the user, reads the form, then does one thing per intent
// category: http-handlers
// why: requireUserId is a guard whose id the writes use; formData reads the request body after it; the
//      awaits under each `case` are in different branches and never run one after another
import { data, redirect } from 'react-router';
import { and, eq } from 'drizzle-orm';
import type { Route } from './+types/project-settings';
import { db } from '~/db.server';
import { projects } from '~/schema';
import { requireUserId } from '~/session.server';
import { renderMarkdown } from '~/markdown.server';

export async function action({ request, params }: Route.ActionArgs) {
  const userId = await requireUserId(request);
  const formData = await request.formData();
  const intent = formData.get('intent');
  const own = and(eq(projects.id, params.projectId), eq(projects.ownerId, userId));

  switch (intent) {
    case 'rename': {
      await db.update(projects).set({ name: String(formData.get('name')) }).where(own);
      return { ok: true };
    }
    case 'check-slug': {
      const taken = await db.query.projects.findFirst({
        where: eq(projects.slug, String(formData.get('slug'))),
      });
      return { available: !taken };
    }
    case 'preview':
      return { html: await renderMarkdown(String(formData.get('description') ?? '')) };
    case 'delete':
      await db.delete(projects).where(own);
      return redirect('/projects');
    default:
      throw data({ error: `unknown intent ${String(intent)}` }, { status: 400 });
  }
}
