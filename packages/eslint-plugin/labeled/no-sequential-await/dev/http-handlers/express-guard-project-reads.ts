// case: an Express project page checks the user, then reads the project and its members
// category: http-handlers
// why: requireUser is a guard and must pass before anything starts; after it the project and
//      membership reads both take the route id and are independent; assertCanView uses the
//      project so it stays after the group, and res.json is not awaited
import express from 'express';
import { PrismaClient } from '@prisma/client';
import { requireUser, assertCanView } from '../auth/guards';

const prisma = new PrismaClient();
export const projectsRouter = express.Router();

projectsRouter.get('/projects/:projectId', async (req, res, next) => {
  try {
    const user = await requireUser(req);
    const { projectId } = req.params;

    const project = /*@A*/ await prisma.project.findUnique({
      where: { id: projectId },
      include: { owner: { select: { id: true, name: true } } },
    });
    const members = /*@A*/ await prisma.membership.findMany({
      where: { projectId },
      include: { user: { select: { id: true, name: true, avatarUrl: true } } },
      orderBy: { createdAt: 'asc' },
    });

    await assertCanView(user, project);
    res.json({ project, members });
  } catch (err) {
    next(err);
  }
});
