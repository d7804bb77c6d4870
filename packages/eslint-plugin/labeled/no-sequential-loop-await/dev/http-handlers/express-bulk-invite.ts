// case: an admin endpoint invites a list of emails to a workspace
// category: http-handlers
// why: not reported: each iteration creates an invitation and sends an email, both writes; the
//      guard before the loop must also pass first
import { Router } from 'express';
import { requireAdmin } from '../auth';
import { invitations } from '../db/invitations';
import { mailer } from '../mail';

export const invites = Router();

invites.post('/workspaces/:id/invites', async (req, res) => {
  await requireAdmin(req, req.params.id);

  const created: string[] = [];
  for (const email of req.body.emails as string[]) {
    const invite = await invitations.create({ workspaceId: req.params.id, email, invitedBy: req.user!.id });
    await mailer.send({ to: email, template: 'workspace-invite', data: { token: invite.token } });
    created.push(invite.id);
  }
  res.status(201).json({ created });
});
