// case: an editor loader calls a local assertCanEdit helper, then reads versions, stamps the document and reads collaborators
// category: local-helpers
// why: assertCanEdit is a guard (it throws when the caller is not the owner) even though it returns the doc;
//      the versions read must wait for it; the update is awaited for its effect, leaving the last read alone
import { TRPCError } from '@trpc/server';
import { prisma } from '@/server/prisma';

async function assertCanEdit(docId: string, userId: string) {
  const doc = await prisma.document.findUnique({
    where: { id: docId },
    select: { id: true, ownerId: true, title: true },
  });
  if (!doc || doc.ownerId !== userId) throw new TRPCError({ code: 'FORBIDDEN' });
  return doc;
}

export async function loadEditor(docId: string, userId: string) {
  const doc = await assertCanEdit(docId, userId);
  const versions = await prisma.documentVersion.findMany({
    where: { documentId: docId },
    orderBy: { createdAt: 'desc' },
    take: 20,
  });

  await prisma.document.update({ where: { id: docId }, data: { lastOpenedAt: new Date() } });

  const collaborators = await prisma.collaborator.findMany({ where: { documentId: docId } });
  return { doc, versions, collaborators };
}
