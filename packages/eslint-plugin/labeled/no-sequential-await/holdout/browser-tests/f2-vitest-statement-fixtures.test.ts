// case: a Vitest suite loads a CSV fixture and its expected JSON in beforeAll, and two encodings in one test
// category: browser-tests
// why: in beforeAll the two readFile calls (assigned to outer lets, one inside JSON.parse) read
//      different files; in the encoding test the two readFile calls also read different files; the
//      parser is synchronous, so each pair is a group of its own
import { describe, it, expect, beforeAll } from 'vitest';
import { readFile } from 'node:fs/promises';
import { parseStatement, type StatementRow } from '../src/bank/parse-statement';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);

describe('parseStatement', () => {
  let csv: string;
  let expected: StatementRow[];

  beforeAll(async () => {
    csv = /*@A*/ await readFile(fixture('statement-2025-03.csv'), 'utf8');
    expected = JSON.parse(/*@A*/ await readFile(fixture('statement-2025-03.expected.json'), 'utf8'));
  });

  it('parses every booking of the March statement', () => {
    expect(parseStatement(csv)).toEqual(expected);
  });

  it('reads latin-1 and utf-8 exports the same way', async () => {
    const latin1 = /*@B*/ await readFile(fixture('umlauts-latin1.csv'), 'latin1');
    const utf8 = /*@B*/ await readFile(fixture('umlauts-utf8.csv'), 'utf8');

    const fromLatin1 = parseStatement(latin1);
    expect(fromLatin1).toHaveLength(4);
    expect(fromLatin1).toEqual(parseStatement(utf8));
  });
});
