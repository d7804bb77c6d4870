import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';

import { leadingDeclarators } from '../analysis/member-shapes.js';
import type { GroupMember, MemberStatement, SequentialAwaitGroup } from '../analysis/types.js';

/** How the combined await binds its results. */
export type Binding =
  { readonly kind: 'declaration'; readonly keyword: string; readonly typed: boolean } | { readonly kind: 'assignment' } | { readonly kind: 'none' };

/**
 * Which members bind straight into the combined pattern, and how the pattern binds:
 * - all declarations of one kind, annotated all or none: `const [a, b]: [A, B] = …`;
 * - all assignments: `[x, this.y] = …`;
 * - otherwise a `const` pattern binds the unannotated `const` declarations, and every other member
 *   gets a fresh name that its statement then uses (`let b = posts;`), so no `const` becomes `let`.
 *
 * Declarators that come before a statement's first member are declared on their own first, so
 * they do not keep the rest of the declaration from binding straight.
 */
export function chooseBinding(group: SequentialAwaitGroup): { binding: Binding; direct: Set<GroupMember> } {
  const valued = group.members.filter(member => member.shape.kind !== 'discard');
  if (valued.length === 0) return { binding: { kind: 'none' }, direct: new Set() };
  const wholeDeclarations = valued.filter(member => member.shape.kind === 'declare' && isWholeDeclarationOfGroup(member, group));
  if (wholeDeclarations.length === valued.length) {
    const keywords = new Set(valued.map(declarationKeyword));
    const annotated = valued.filter(member => member.shape.kind === 'declare' && member.shape.declarator.id.typeAnnotation);
    if (keywords.size === 1 && (annotated.length === 0 || annotated.length === valued.length)) {
      return {
        binding: { kind: 'declaration', keyword: [...keywords][0]!, typed: annotated.length > 0 },
        direct: new Set(valued),
      };
    }
  }
  if (valued.every(member => member.shape.kind === 'assign')) {
    return { binding: { kind: 'assignment' }, direct: new Set(valued) };
  }
  const direct = new Set<GroupMember>();
  const statements = new Set(wholeDeclarations.map(member => member.statement));
  for (const statement of statements) {
    const members = wholeDeclarations.filter(member => member.statement === statement);
    const plainConst = members.every(
      member => declarationKeyword(member) === 'const' && member.shape.kind === 'declare' && !member.shape.declarator.id.typeAnnotation,
    );
    if (plainConst) for (const member of members) direct.add(member);
  }
  return { binding: { kind: 'declaration', keyword: 'const', typed: false }, direct };
}

/** The declarators of a member statement before its first member, which the rewrite declares first. */
export function leadingDeclaratorsOf(statement: MemberStatement, group: SequentialAwaitGroup): TSESTree.VariableDeclarator[] {
  if (statement.type === 'ArrowExpressionBody') return [];
  const first = group.members.find(member => member.statement === statement);
  return first ? leadingDeclarators(statement, first.await) : [];
}

/** Whether every declarator of the member's declaration, but those declared first, is a member of the group. */
function isWholeDeclarationOfGroup(member: GroupMember, group: SequentialAwaitGroup): boolean {
  const declaration = declarationOf(member.statement);
  if (!declaration) return false;
  const leading = new Set(leadingDeclaratorsOf(member.statement, group));
  return declaration.declarations.every(
    declarator => leading.has(declarator) || group.members.some(other => other.shape.kind === 'declare' && other.shape.declarator === declarator),
  );
}

export function declarationOf(statement: MemberStatement): TSESTree.VariableDeclaration | null {
  if (statement.type === AST_NODE_TYPES.VariableDeclaration) return statement;
  if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration && statement.declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
    return statement.declaration;
  }
  return null;
}

/** `const`, `let`, `var`, or `export const`…: what the combined declaration must start with. */
export function declarationKeyword(member: GroupMember): string {
  return keywordOf(member.statement);
}

export function keywordOf(statement: MemberStatement): string {
  const declaration = declarationOf(statement)!;
  return statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? `export ${declaration.kind}` : declaration.kind;
}
