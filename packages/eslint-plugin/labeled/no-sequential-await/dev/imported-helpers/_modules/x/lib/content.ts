import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { renderMarkdown } from './markdown';

const POSTS_DIR = path.resolve('content/posts');
const AUTHORS_FILE = path.resolve('content/authors.json');

export type Post = {
  slug: string;
  title: string;
  date: string;
  authorId: string;
  tags: string[];
  html: string;
};

export type Author = { id: string; name: string; avatar: string; bio: string };

export async function getPost(slug: string): Promise<Post | null> {
  let source: string;
  try {
    source = await readFile(path.join(POSTS_DIR, `${slug}.md`), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const { frontmatter, html } = await renderMarkdown(source);
  return {
    slug,
    title: String(frontmatter.title),
    date: String(frontmatter.date),
    authorId: String(frontmatter.author),
    tags: (frontmatter.tags as string[] | undefined) ?? [],
    html,
  };
}

let authorsPromise: Promise<Map<string, Author>> | undefined;

function loadAuthors() {
  authorsPromise ??= readFile(AUTHORS_FILE, 'utf8').then(text => {
    const list = JSON.parse(text) as Author[];
    return new Map(list.map(author => [author.id, author]));
  });
  return authorsPromise;
}

export async function getAuthor(authorId: string): Promise<Author | null> {
  const authors = await loadAuthors();
  return authors.get(authorId) ?? null;
}

export async function getRelatedPosts(tags: string[], excludeSlug: string, limit = 3) {
  const files = (await readdir(POSTS_DIR)).filter(file => file.endsWith('.md'));
  const scored: { slug: string; title: string; score: number }[] = [];
  for (const file of files) {
    const slug = file.replace(/\.md$/, '');
    if (slug === excludeSlug) continue;
    const source = await readFile(path.join(POSTS_DIR, file), 'utf8');
    const titleMatch = /^title:\s*(.+)$/m.exec(source);
    const tagsMatch = /^tags:\s*\[(.*)\]$/m.exec(source);
    const postTags = tagsMatch ? tagsMatch[1].split(',').map(tag => tag.trim().replace(/^['"]|['"]$/g, '')) : [];
    const score = postTags.filter(tag => tags.includes(tag)).length;
    if (score > 0) scored.push({ slug, title: titleMatch?.[1] ?? slug, score });
  }
  return scored.sort((a, b) => b.score - a.score).slice(0, limit);
}
