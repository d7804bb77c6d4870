// case: a Vitest suite loads every fixture file once in beforeAll and checks the parser on each
// category: browser-tests
// why: the fixture names come from readdir before the loop; each iteration reads the input and the
//      expected output of its own fixture (reads) and pushes a case, so the reads are independent
import { beforeAll, describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from '../src/parser';

const FIXTURES = join(__dirname, 'fixtures');

describe('parser fixtures', () => {
  const cases: Array<{ name: string; input: string; expected: unknown }> = [];

  beforeAll(async () => {
    const names = (await readdir(FIXTURES)).filter((n) => n.endsWith('.input.txt'));
    /*@A*/ for (const name of names) {
      const base = name.replace('.input.txt', '');
      const input = await readFile(join(FIXTURES, name), 'utf8');
      const expected = JSON.parse(await readFile(join(FIXTURES, `${base}.expected.json`), 'utf8'));
      cases.push({ name: base, input, expected });
    }
  });

  it('matches every expected AST', () => {
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) expect(parse(c.input), c.name).toEqual(c.expected);
  });
});
