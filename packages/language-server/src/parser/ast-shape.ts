/**
 * Where oxc's TS-ESTree differs from typescript-estree's in shape, not in meaning: an optional
 * part that is absent is `null` in oxc's AST and `undefined` in typescript-estree's, and rules
 * test `=== undefined` (`node.returnType === undefined`). Found by comparing both parsers on every
 * TypeScript file of the corpus (`scripts/parser-parity.ts`).
 */
import type { AstNode } from './walk-nodes.js';

/** Properties that typescript-estree leaves `undefined` when absent, on every node that has them. */
const ABSENT_AS_UNDEFINED = [
  'accessibility',
  'constraint',
  'default',
  'directive',
  'returnType',
  'superTypeArguments',
  'typeAnnotation',
  'typeArguments',
  'typeParameters',
];

/** Properties that typescript-estree leaves `undefined` when absent, on some node types only. */
const ABSENT_AS_UNDEFINED_BY_TYPE: ReadonlyMap<string, readonly string[]> = new Map([
  ['RestElement', ['value']],
  ['TSMappedType', ['readonly']],
  ['TSDeclareFunction', ['body']],
]);

/** The exceptions to `ABSENT_AS_UNDEFINED`: typescript-estree has `null` there. */
const ABSENT_AS_NULL_BY_TYPE: ReadonlyMap<string, string> = new Map([
  ['TSImportType', 'typeArguments'],
  ['TSTypePredicate', 'typeAnnotation'],
]);

/** A character reference of JSX text (`&amp;`, `&#x2014;`), which typescript-estree decodes in `value`. */
const JSX_ENTITY = /&(?:#\d+|#x[\da-fA-F]+|[0-9a-zA-Z]+);/;

/**
 * Gives `node` typescript-estree's shape; false when this module cannot: JSX text or a JSX
 * attribute string with a character reference, whose decoding by name (typescript-estree's table
 * of XHTML entities) is left to typescript-estree itself.
 */
export function toTypeScriptEstreeShape(node: AstNode): boolean {
  if (node.type === 'JSXText' && JSX_ENTITY.test(node.raw as string)) return false;
  if (node.type === 'JSXAttribute') {
    const value = node.value as AstNode | null;
    if (value?.type === 'Literal' && JSX_ENTITY.test(value.raw as string)) return false;
  }
  const record = node as unknown as Record<string, unknown>;
  const keptNull = ABSENT_AS_NULL_BY_TYPE.get(node.type);
  for (const key of ABSENT_AS_UNDEFINED) if (record[key] === null && key !== keptNull) record[key] = undefined;
  const byType = ABSENT_AS_UNDEFINED_BY_TYPE.get(node.type);
  if (byType) for (const key of byType) if (record[key] === null) record[key] = undefined;
  return true;
}
