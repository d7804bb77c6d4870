import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';

import { ClientOrigins } from '../../src/analysis/calls/client-origins.js';
import { LIBRARIES } from '../../src/analysis/calls/libraries.js';
import { isInertStatement } from '../../src/analysis/inert-statements.js';
import { parse } from './parse.js';

function inertness(code: string): boolean[] {
  const { ast, visitorKeys, scopeManager } = parse(code);
  const origins = new ClientOrigins(scopeManager, LIBRARIES);
  return (ast.body as TSESTree.Statement[])
    .filter(statement => statement.type !== AST_NODE_TYPES.ImportDeclaration)
    .map(statement => isInertStatement(statement, visitorKeys, origins));
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

  it('accepts writes of plain names and properties, counters, metrics, timers and collections kept in memory', () => {
    expect(
      inertness(`
        import { Counter } from 'prom-client';
        const hits = new Counter({ name: 'hits' });
        const notes = [];
        count++;
        total = 1;
        state.label = 'loading';
        hits.inc();
        const started = performance.now();
        notes.push('started');
        const slug = title.trim().toLowerCase();
      `),
    ).toEqual([false, true, true, true, true, true, true, true, true]);
  });

  it('accepts loggers reached through another object, and a logger of a logging module called directly', () => {
    expect(
      inertness(`
        import createDebug from 'debug';
        const debug = createDebug('ws');
        req.log.debug({ q }, 'search');
        this.logger.warn('slow');
        debug('reading lockfile');
        prisma.log.create({ data });
        track('x');
      `),
    ).toEqual([true, true, true, true, false, false]);
  });

  it('rejects calls, awaits, var, setters through chains and control flow', () => {
    expect(
      inertness(`
        track('x');
        var hoisted = 1;
        const id = makeId();
        const instance = new Thing();
        if (ready) console.log('x');
        delete cache.key;
        class Widget {}
        this.store.user = null;
        shared.push(item);
      `),
    ).toEqual([false, false, false, false, false, false, false, false, false]);
  });
});
