// case: a Vitest test reads a markdown fixture and its expected HTML, renders the first and compares
// category: fs-cli
// why: the two readFile calls read different fixture files (group A); the render call inside expect needs
//      the input and must wait for it
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../src/render';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);

describe('renderMarkdown', () => {
  it('renders GFM tables and footnotes', async () => {
    const input = /*@A*/ await readFile(fixture('tables.md'), 'utf8');
    const expected = /*@A*/ await readFile(fixture('tables.html'), 'utf8');

    expect(await renderMarkdown(input, { gfm: true })).toBe(expected.trim());
  });

  it('escapes raw HTML by default', async () => {
    const html = await renderMarkdown('<script>alert(1)</script>');
    expect(html).not.toContain('<script>');
  });
});
