// case: a user export opens one SQLite connection with `await using` and runs its selects on it
// category: syntax-positions
// why: the selects all go through the single connection from openDatabase (disposed implicitly at
//      the end), and one connection runs its statements one at a time; the write is a discarded
//      effect that needs all three results
import { writeFile } from 'node:fs/promises';
import { openDatabase } from './sqlite';

interface ExportOptions {
  outFile: string;
  includeDrafts?: boolean;
}

export async function exportUser(path: string, userId: number, options: ExportOptions) {
  await using db = await openDatabase(path, { readonly: true });
  const profile = await db.get('SELECT id, email, name FROM users WHERE id = ?', userId);
  const posts = await db.all(
    'SELECT id, title, created_at FROM posts WHERE author_id = ? AND (published = 1 OR ?)',
    userId,
    options.includeDrafts ? 1 : 0,
  );
  const settings = await db.get('SELECT theme, locale FROM settings WHERE user_id = ?', userId);
  await writeFile(options.outFile, JSON.stringify({ profile, posts, settings }, null, 2));
  return { posts: posts.length };
}
