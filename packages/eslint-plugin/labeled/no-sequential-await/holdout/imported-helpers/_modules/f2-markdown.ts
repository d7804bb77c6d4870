import { readFile } from 'node:fs/promises';
import path from 'node:path';

const DOCS_DIR = path.resolve(process.cwd(), 'content/docs');

export async function readDoc(slug: string): Promise<string> {
  return readFile(path.join(DOCS_DIR, `${slug}.md`), 'utf8');
}

export async function readNav(): Promise<string> {
  return readFile(path.join(DOCS_DIR, '_nav.md'), 'utf8');
}

function escapeHtml(text: string) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// async only so that callers can switch to a worker later; today it is plain string work
export async function renderMarkdown(source: string): Promise<string> {
  return source
    .split(/\n{2,}/)
    .map((block) => {
      const heading = /^(#{1,6})\s+(.*)$/.exec(block);
      if (heading) return `<h${heading[1].length}>${escapeHtml(heading[2])}</h${heading[1].length}>`;
      if (block.startsWith('- ')) {
        return `<ul>${block.split('\n').map((li) => `<li>${escapeHtml(li.slice(2))}</li>`).join('')}</ul>`;
      }
      return `<p>${escapeHtml(block).replace(/\[(.+?)\]\((.+?)\)/g, '<a href="$2">$1</a>')}</p>`;
    })
    .join('\n');
}
