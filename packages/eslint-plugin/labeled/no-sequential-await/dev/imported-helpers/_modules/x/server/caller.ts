import { prisma } from '../lib/db';
import { appRouter } from './root';

export function createCaller({ userId }: { userId: string }) {
  return appRouter.createCaller({ db: prisma, session: { userId, orgId: 'fixture' } });
}
