// case: a unit test parses the same markdown fixture with LF and CRLF line endings
// category: browser-tests
// why: the fixture load comes first because both parses use its text; the two parses are pure
//      and independent of each other
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../src/markdown';
import { loadFixture } from './helpers';

describe('parseMarkdown', () => {
  it('treats CRLF and LF input the same', async () => {
    const source = await loadFixture('readme.md');

    const lf = /*@A*/ await parseMarkdown(source.replace(/\r\n/g, '\n'));
    const crlf = /*@A*/ await parseMarkdown(source.replace(/\r?\n/g, '\r\n'));

    expect(crlf.ast).toEqual(lf.ast);
    expect(crlf.headings).toEqual(['Install', 'Usage', 'License']);
  });
});
