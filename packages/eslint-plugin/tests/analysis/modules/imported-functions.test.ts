import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import plugin from '../../../src/index.js';
import { dialectOf, lintConfig } from '../../../src/lint-config.js';

const ORDER = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../rules/fixtures/imports/order');
const linter = new Linter({ configType: 'flat', cwd: '/' });

function reportLines(file: string): number[] {
  const filename = path.join(ORDER, file);
  const config = lintConfig({ dialect: dialectOf(filename), plugins: { gather: plugin }, rules: { 'gather/no-sequential-await': 'error' } });
  return linter.verify(readFileSync(filename, 'utf8'), config, { filename }).map(message => message.line);
}

describe('functions imported from other files', () => {
  it('judge a file alike whatever was linted before it in the same process', () => {
    // x.ts reaches b.ts and c.ts four modules deep, where the summary stops; y.ts reaches them
    // directly: renderCard only compiles a lodash template, so y.ts has two reads around it and
    // no group. Linting x.ts first used to leave b.ts summarized as unknown for y.ts
    expect(reportLines('x.ts')).toEqual([5]);
    expect(reportLines('y.ts')).toEqual([]);
  });
});
