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
  ['TSEnumMember', ['initializer']],
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

/** JSDoc types written in code (`?B`, `!B`): typescript-estree wraps what they hold in a type annotation, oxc does not. */
const JSDOC_TYPES = new Set(['TSJSDocNullableType', 'TSJSDocNonNullableType', 'TSJSDocUnknownType']);

/**
 * Gives `node` typescript-estree's shape; false when this module cannot: JSX text or a JSX
 * attribute string with a character reference, whose decoding by name (typescript-estree's table
 * of XHTML entities) is left to typescript-estree itself, and JSDoc types written in code.
 * `text` is the source: a template's `raw` is its text as written (oxc turns `\r\n` into `\n`, as
 * the language's cooked value does; typescript-estree keeps the source).
 */
export function toTypeScriptEstreeShape(node: AstNode, text: string): boolean {
  if (JSDOC_TYPES.has(node.type) || refusedByTypeScriptEstree(node, text)) return false;
  if (node.type === 'TemplateElement') {
    const value = node.value as { raw: string };
    const [start, end] = node.range;
    // the element's range holds its delimiters: `` ` `` or `}` before, `` ` `` or `${` after; only a raw with a line
    // break may have had a `\r` there
    if (value.raw.includes('\n')) value.raw = text.slice(start + 1, end - (node.tail ? 1 : 2));
  }
  // `foo(@d x = 1)`: typescript-estree starts the default's pattern at the name, oxc at the decorator
  if (node.type === 'AssignmentPattern') {
    const decorators = node.decorators as unknown[] | undefined;
    if (decorators && decorators.length > 0) node.range[0] = (node.left as AstNode).range[0];
  }
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

/** Statement lists, where a class or function declaration needs a name. */
const STATEMENT_LISTS: ReadonlyMap<string, string> = new Map([
  ['Program', 'body'],
  ['BlockStatement', 'body'],
  ['StaticBlock', 'body'],
  ['TSModuleBlock', 'body'],
  ['SwitchCase', 'consequent'],
]);

const NAMED_DECLARATIONS = new Set(['ClassDeclaration', 'FunctionDeclaration', 'TSDeclareFunction']);

/**
 * Shapes oxc accepts and typescript-estree refuses with a parse error (its own checks, not
 * TypeScript's): the text then goes to typescript-eslint, whose error the CLI shows too. Found on
 * typescript-eslint's own error fixtures.
 */
function refusedByTypeScriptEstree(node: AstNode, text: string): boolean {
  switch (node.type) {
    case 'AssignmentExpression': {
      // `a as any = 1` (TypeScript: "';' expected"); `(a as any) = 1` is fine, and oxc drops those parentheses
      const left = node.left as AstNode;
      if (left.type !== 'TSAsExpression' && left.type !== 'TSSatisfiesExpression') return false;
      return !text.slice(left.range[1], (node.right as AstNode).range[0]).includes(')');
    }
    case 'TSInterfaceDeclaration':
      // `interface F extends implements {}`: oxc reads `implements` as the name extended, TypeScript as
      // the keyword, and refuses the empty list
      return (node.extends as AstNode[]).some(heritage => {
        const expression = heritage.expression as AstNode;
        return expression.type === 'Identifier' && expression.name === 'implements';
      });
    case 'TSEnumMember':
      // `enum E { ['a'] = 1 }`
      return node.computed === true;
    case 'ForOfStatement':
    case 'ForInStatement': {
      // `for (const x = 1 of y)`, `for (const x: T of y)`
      const left = node.left as AstNode;
      if (left.type !== 'VariableDeclaration') return false;
      const declarator = (left.declarations as AstNode[])[0];
      return declarator !== undefined && (declarator.init != null || (declarator.id as AstNode).typeAnnotation != null);
    }
    case 'TSAbstractPropertyDefinition':
    case 'TSAbstractAccessorProperty':
      // `abstract x = 1`
      return node.value != null;
    case 'ImportExpression':
    case 'ImportDeclaration':
      // `import source x from 'x'`, `import.source('x')`
      return node.phase != null;
    case 'TSDeclareFunction':
      // `declare async function f();`
      return node.async === true && node.declare === true;
    case 'ExportNamedDeclaration': {
      const declaration = node.declaration as AstNode | null;
      return declaration != null && NAMED_DECLARATIONS.has(declaration.type) && declaration.id == null;
    }
    default: {
      const key = STATEMENT_LISTS.get(node.type);
      if (key === undefined) return false;
      return (node[key] as AstNode[]).some(statement => NAMED_DECLARATIONS.has(statement.type) && statement.id == null);
    }
  }
}
