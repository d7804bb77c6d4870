import { readFileSync } from 'node:fs';
import { compile } from '@mdx-js/mdx';
import { format } from 'prettier';

export async function renderSnippet(file: string): Promise<string> {
  const source = readFileSync(file, 'utf8');
  return format(source, { parser: 'markdown' });
}

export async function compilePage(file: string) {
  const compiled = await compile(readFileSync(file, 'utf8'));
  return String(compiled);
}
