// case: creating a post picks the first free slug among a few candidates
// category: orm-sql
// why: each findUnique is a read, but the loop returns the first candidate that is free: a search that
//      decides when to stop
import { prisma } from '@/lib/prisma';
import slugify from '@sindresorhus/slugify';

export async function pickSlug(title: string, authorHandle: string): Promise<string> {
  const base = slugify(title);
  const candidates = [base, `${base}-${authorHandle}`, `${base}-${new Date().getFullYear()}`];

  for (const slug of candidates) {
    const taken = await prisma.post.findUnique({ where: { slug }, select: { id: true } });
    if (!taken) return slug;
  }
  return `${base}-${crypto.randomUUID().slice(0, 8)}`;
}
