// case: a feed loader resolves the distinct authors of a page of posts with Kysely
// category: orm-sql
// why: the loop goes over a Set built before it; each iteration is a selectFrom … executeTakeFirst (a
//      read) stored in a Map, so the lookups can run together
import { Kysely, PostgresDialect } from 'kysely';
import { Pool } from 'pg';
import type { DB } from './types';

const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool: new Pool({ connectionString: process.env.DATABASE_URL }) }) });

export async function loadFeed(limit = 25) {
  const posts = await db
    .selectFrom('posts')
    .select(['id', 'title', 'author_id', 'published_at'])
    .orderBy('published_at', 'desc')
    .limit(limit)
    .execute();

  const authorIds = new Set(posts.map((p) => p.author_id));
  const authors = new Map<string, { handle: string; avatar_url: string | null }>();
  /*@A*/ for (const authorId of authorIds) {
    const author = await db
      .selectFrom('users')
      .select(['handle', 'avatar_url'])
      .where('id', '=', authorId)
      .executeTakeFirst();
    if (author) authors.set(authorId, author);
  }

  return posts.map((p) => ({ ...p, author: authors.get(p.author_id) ?? null }));
}
