import matter from 'gray-matter';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';

const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify);

export async function renderMarkdown(source: string) {
  const { data, content } = matter(source);
  const file = await processor.process(content);
  return { frontmatter: data as Record<string, unknown>, html: String(file) };
}
