import { TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { isFunctionNode, isWithin } from '../analysis/ast.js';
import type { SequentialAwaitGroup } from '../analysis/types.js';

/**
 * Whether the rewrite would make an operand read a name before its declaration: the combined
 * await is placed where the group starts, so every name an operand reads must be declared before
 * that place, or in the code the rewrite puts before it (`declaredFirst`: statements waiting
 * between, declarators declared first). `const limit = 20, user = await getUser(id), feed = await
 * getFeed(id, { limit })` is safe only because `limit` is declared first.
 */
export function readsBeforeDeclaration(
  group: SequentialAwaitGroup,
  declaredFirst: readonly TSESTree.Range[],
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  const start = group.statements[0]!.range[0];
  const end = group.statements.at(-1)!.range[1];
  for (const member of group.members) {
    for (const reference of referencesIn(member.await.argument, sourceCode)) {
      const variable = reference.resolved;
      if (!variable || isInNestedFunction(reference.identifier, member.await.argument)) continue;
      for (const def of variable.defs) {
        if (def.type === TSESLint.Scope.DefinitionType.FunctionName) continue;
        const position = def.name.range[0];
        if (position < start || position >= end) continue;
        if (!declaredFirst.some(range => position >= range[0] && position < range[1])) return true;
      }
    }
  }
  return false;
}

/** The references made inside a node: those of its innermost scope within its range, and all of the scopes nested in it. */
function referencesIn(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): TSESLint.Scope.Reference[] {
  const scope = sourceCode.getScope(node);
  const found = scope.references.filter(reference => isWithin(reference.identifier, node));
  const pending = scope.childScopes.filter(child => isWithin(child.block, node));
  while (pending.length > 0) {
    const child = pending.pop()!;
    found.push(...child.references);
    pending.push(...child.childScopes);
  }
  return found;
}

function isInNestedFunction(identifier: TSESTree.Node, root: TSESTree.Node): boolean {
  for (let current = identifier.parent; current && current !== root; current = current.parent) {
    if (isFunctionNode(current)) return true;
  }
  return false;
}
