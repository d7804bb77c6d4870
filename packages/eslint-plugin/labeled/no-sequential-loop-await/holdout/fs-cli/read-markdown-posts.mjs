// case: a static-site build script reads every Markdown post of a folder and parses its front matter
// category: fs-cli
// why: readdir runs once before the loop; the loop goes over the filtered names and each iteration only
//      reads its own file and pushes the parsed post, so the reads can run together
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';

const POSTS_DIR = path.resolve(import.meta.dirname, '../content/posts');

export async function loadPosts() {
  const names = await readdir(POSTS_DIR);
  const posts = [];
  /*@A*/ for (const name of names.filter((n) => n.endsWith('.md') || n.endsWith('.mdx'))) {
    const source = await readFile(path.join(POSTS_DIR, name), 'utf8');
    const { data, content } = matter(source);
    if (data.draft && process.env.NODE_ENV === 'production') continue;
    posts.push({ slug: name.replace(/\.mdx?$/, ''), title: data.title, date: new Date(data.date), content });
  }
  return posts.sort((a, b) => b.date - a.date);
}
