// case: a vitest integration test seeds authors with Prisma, then checks the published-post count of each author
// category: orm-sql
// why: the beforeAll loop creates one user per fixture (writes, in order). In the test, the loop runs
//      over the fixture array and each iteration only counts that author's published posts into its own
//      key of `counts`: independent reads that can run together. The seeding finished before the test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrismaClient } from '@prisma/client';
import { recountAuthors } from '../scripts/recount-authors';
import authors from './fixtures/authors.json';

const prisma = new PrismaClient();

beforeAll(async () => {
  await prisma.post.deleteMany();
  await prisma.user.deleteMany({ where: { role: 'AUTHOR' } });
  for (const author of authors) {
    await prisma.user.create({
      data: {
        email: author.email,
        name: author.name,
        role: 'AUTHOR',
        posts: { create: author.posts.map((p) => ({ title: p.title, publishedAt: p.publishedAt ? new Date(p.publishedAt) : null })) },
      },
    });
  }
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe('recountAuthors', () => {
  it('leaves every author with the number of published posts', async () => {
    await recountAuthors(prisma);

    const counts: Record<string, number> = {};
    /*@A*/ for (const author of authors) {
      counts[author.email] = await prisma.post.count({
        where: { author: { email: author.email }, publishedAt: { not: null } },
      });
    }

    expect(counts).toEqual(
      Object.fromEntries(authors.map((a) => [a.email, a.posts.filter((p) => p.publishedAt).length])),
    );
  });
});
