// case: an admin route reads a user, records an audit entry, then lists the user's sessions
// category: http-handlers
// why: the audit write is awaited with its result discarded, an ordered side effect between the two
//      reads, so no group crosses it and each side has a single read
import { Router } from 'express';
import { requireAdmin } from '../middleware/auth';
import { users } from '../repositories/users';
import { sessionStore } from '../sessions';
import { auditLog } from '../audit';

export const adminRouter = Router();

adminRouter.get('/admin/users/:id', requireAdmin, async (req, res) => {
  const { id } = req.params;
  const user = await users.findById(id);
  if (!user) {
    res.status(404).json({ error: 'user not found' });
    return;
  }

  await auditLog.record({
    action: 'admin.user.viewed',
    actorId: res.locals.admin.id,
    targetId: id,
    ip: req.ip,
  });

  const sessions = await sessionStore.listActive(id);
  res.json({
    user: { id: user.id, email: user.email, role: user.role },
    sessions: sessions.map((s) => ({ id: s.id, userAgent: s.userAgent, lastSeenAt: s.lastSeenAt })),
  });
});
