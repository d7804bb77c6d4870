import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { isInertStatement } from '../../src/analysis/inert-statements.js';
import { parse } from './parse.js';

function inertness(code: string): boolean[] {
  const { ast, visitorKeys } = parse(code);
  return (ast.body as TSESTree.Statement[]).map(statement => isInertStatement(statement, visitorKeys));
}

describe('isInertStatement', () => {
  it('accepts declarations of values, logs, functions and types', () => {
    expect(
      inertness(`
        const limit = 10;
        let url = \`\${base}/users\`, page;
        console.log('loading', limit);
        logger.info({ limit });
        function helper() { return save(); }
        type Id = string;
        interface Shape { id: Id }
        const handler = () => save();
      `),
    ).toEqual([true, true, true, true, true, true, true, true]);
  });

  it('rejects calls, writes, awaits, var and control flow', () => {
    expect(
      inertness(`
        track('x');
        count++;
        total = 1;
        var hoisted = 1;
        const id = makeId();
        const instance = new Thing();
        if (ready) console.log('x');
        delete cache.key;
        class Widget {}
      `),
    ).toEqual([false, false, false, false, false, false, false, false, false]);
  });
});
