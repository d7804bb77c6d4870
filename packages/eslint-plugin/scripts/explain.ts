// Explains what the analysis sees at each await of a file: `pnpm exec tsx scripts/explain.ts file.ts`
// (where the await sits, what its call does and why), then the groups it finds.
import { readFileSync } from 'node:fs';

import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';

import { locateAwait } from '../src/analysis/await-sites.js';
import { getWorkStart } from '../src/analysis/called-names.js';
import { compileCalleePatterns } from '../src/analysis/callee-patterns.js';
import { CallClassifier } from '../src/analysis/calls/classify-call.js';
import { LIBRARIES } from '../src/analysis/calls/libraries.js';
import { DEFAULT_EFFECT_VERBS } from '../src/analysis/calls/verbs.js';
import { findSequentialAwaitGroups } from '../src/analysis/find-sequential-await-groups.js';
import { dialectOf, lintConfig } from '../src/lint-config.js';
import noSequentialAwait, { toAnalysisOptions } from '../src/rules/no-sequential-await.js';

const file = process.argv[2]!;
const text = readFileSync(file, 'utf8');
const linter = new Linter({ configType: 'flat', cwd: '/' });
const probe = {
  rules: {
    explain: {
      create: (context: { sourceCode: TSESLint.SourceCode }) => ({
        'Program:exit'() {
          const sourceCode = context.sourceCode;
          const awaits: TSESTree.AwaitExpression[] = [];
          const visit = (node: TSESTree.Node): void => {
            if (node.type === AST_NODE_TYPES.AwaitExpression) awaits.push(node);
            for (const key of sourceCode.visitorKeys[node.type] ?? []) {
              const value = (node as unknown as Record<string, unknown>)[key];
              for (const child of Array.isArray(value) ? value : [value])
                if (child && typeof child === 'object' && 'type' in child) visit(child as TSESTree.Node);
            }
          };
          visit(sourceCode.ast);
          const classifier = new CallClassifier(sourceCode.scopeManager!, sourceCode.visitorKeys, text, {
            effectVerbs: new Set(DEFAULT_EFFECT_VERBS),
            isIgnoredCallee: compileCalleePatterns([]),
            libraries: LIBRARIES,
          });
          for (const node of awaits) {
            const site = locateAwait(node, new Map());
            const start = getWorkStart(node.argument);
            const operation = start ? classifier.classify(start) : null;
            const origin = start ? classifier.originOf(start) : null;
            const where = site
              ? `${site.home.type}${site.homeCanHoldMembers ? '' : ' (no members)'}${site.conditional ? ' conditional' : ''}${site.discarded ? ' discarded' : ''}`
              : 'outside a statement list';
            const resource = operation?.resource
              ? `${clientName(operation.resource.client)}${operation.resource.key === null ? '' : `[${operation.resource.key}]`}`
              : 'unknown';
            console.log(
              `${node.loc.start.line}:${node.loc.start.column + 1} ${text
                .slice(...node.argument.range)
                .split('\n')[0]!
                .slice(0, 60)}`,
            );
            console.log(
              `    ${where}; ${operation ? `${operation.kind} (${operation.reason}${operation.known ? '' : ', guessed'}) on ${resource}` : 'starts no work'}${origin?.library ? `; library ${origin.library.name}, path ${origin.path.join('.')}` : ''}`,
            );
          }
          const groups = findSequentialAwaitGroups(
            { awaits, scopeManager: sourceCode.scopeManager!, visitorKeys: sourceCode.visitorKeys, text },
            toAnalysisOptions(noSequentialAwait.meta.defaultOptions![0]),
          );
          for (const group of groups) console.log(`group: lines ${group.members.map(member => member.await.loc.start.line).join(', ')}`);
          if (groups.length === 0) console.log('no groups');
        },
      }),
    },
  },
};
const messages = linter.verify(
  text,
  lintConfig({ dialect: dialectOf(file, { jsxInJs: true }), plugins: { gather: probe }, rules: { 'gather/explain': 'error' } }),
  {
    filename: `/explain/file${/\.[a-z]+$/.exec(file)?.[0] ?? '.ts'}`,
  },
);
for (const message of messages) if (message.fatal || message.ruleId === null) console.log(`${message.line}: ${message.message}`);

/** A client for the printout: a variable's name, or the key the model uses (`this.api`, `global:fetch`). */
function clientName(client: unknown): string {
  if (typeof client === 'string') return client;
  if (typeof client === 'object' && client !== null && 'name' in client && typeof client.name === 'string') return client.name;
  return 'unknown';
}
