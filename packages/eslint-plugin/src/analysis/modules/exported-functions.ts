/**
 * Which function of another module a call runs, read from the two ends of an import: the binding
 * in the calling file (`import { render } from './templates'`, `const h = require('./h')`,
 * compiled `(0, import_h.render)(…)`) and the export in the module (`export function render`,
 * `export { render as default }`, `exports.render = …`, `export * from './render'`).
 */
import { AST_NODE_TYPES, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { getStaticPropertyName, isFunctionNode, skipTypeWrappers } from '../ast.js';
import { functionCalled, type WorkStart } from '../called-names.js';

/** A name exported by a module: `default` for its default export. */
export interface ImportedName {
  readonly specifier: string;
  readonly name: string;
}

/** Where an export leads: a function of the module, or the same or another name of another module. */
export type ExportTarget = { readonly function: TSESTree.FunctionLike } | { readonly reexport: ImportedName };

/**
 * The module and exported name a call runs, when its callee is an import of a module or one of
 * its members: `render()` (named import or destructured require), `templates.render()`
 * (namespace, required module, compiled interop), `templates()` (default). Null for anything else.
 */
export function importedNameOf(start: WorkStart, rootVariable: TSESLint.Scope.Variable | null): ImportedName | null {
  if (start.type !== AST_NODE_TYPES.CallExpression || !rootVariable || rootVariable.defs.length !== 1) return null;
  const def = rootVariable.defs[0]!;
  const callee = skipTypeWrappers(functionCalled(start));
  const member = callee.type === AST_NODE_TYPES.MemberExpression && skipTypeWrappers(callee.object).type === AST_NODE_TYPES.Identifier ? callee : null;
  const memberName = member ? getStaticPropertyName(member) : null;
  const isBare = callee.type === AST_NODE_TYPES.Identifier;
  if (!isBare && memberName === null) return null;

  if (def.type === TSESLint.Scope.DefinitionType.ImportBinding) {
    const binding = importBindingOf(def);
    if (!binding) return null;
    if (binding.namespace) return memberName !== null ? { specifier: binding.specifier, name: memberName } : null;
    return isBare ? { specifier: binding.specifier, name: binding.name } : null;
  }

  if (def.type !== TSESLint.Scope.DefinitionType.Variable || def.node.type !== AST_NODE_TYPES.VariableDeclarator || !def.node.init) return null;
  const declarator = def.node;
  const required = requiredSpecifier(declarator.init!);
  if (!required) return null;
  if (declarator.id.type === AST_NODE_TYPES.ObjectPattern) {
    // const { render } = require('./templates')
    if (required.member !== null || !isBare) return null;
    for (const property of declarator.id.properties) {
      if (property.type === AST_NODE_TYPES.Property && property.value === def.name && !property.computed && property.key.type === AST_NODE_TYPES.Identifier)
        return { specifier: required.specifier, name: property.key.name };
    }
    return null;
  }
  if (declarator.id.type !== AST_NODE_TYPES.Identifier) return null;
  // const render = require('./templates').render
  if (required.member !== null) return isBare ? { specifier: required.specifier, name: required.member } : null;
  // const templates = require('./templates'): templates.render(), or templates() for `module.exports = fn`
  return { specifier: required.specifier, name: isBare ? 'default' : memberName! };
}

/**
 * `require('./m')`, `require('./m').name`, and the interop wrappers compilers put around a
 * require (`__toESM(require('./m'))`, `_interopRequireDefault(require('./m'))`).
 */
function requiredSpecifier(init: TSESTree.Expression): { specifier: string; member: string | null } | null {
  let current = skipTypeWrappers(init);
  let member: string | null = null;
  if (current.type === AST_NODE_TYPES.MemberExpression) {
    member = getStaticPropertyName(current);
    if (member === null) return null;
    current = skipTypeWrappers(current.object);
  }
  if (current.type !== AST_NODE_TYPES.CallExpression) return null;
  const argument = current.arguments[0];
  if (!isRequire(current) && current.arguments.length === 1 && argument?.type === AST_NODE_TYPES.CallExpression) {
    if (current.callee.type !== AST_NODE_TYPES.Identifier) return null;
    current = argument;
  }
  if (!isRequire(current)) return null;
  const source = current.arguments[0];
  return source?.type === AST_NODE_TYPES.Literal && typeof source.value === 'string' ? { specifier: source.value, member } : null;
}

function isRequire(node: TSESTree.CallExpression): boolean {
  return node.callee.type === AST_NODE_TYPES.Identifier && node.callee.name === 'require' && node.arguments.length === 1;
}

/**
 * Where the module exports `name` from: the export statements that name it, then its
 * CommonJS assignments (`exports.name = …`, `module.exports = { name }`), then a top-level
 * function of that name (what compiled modules export through helpers), then `export *`.
 */
export function exportTargetsOf(program: TSESTree.Program, name: string): ExportTarget[] {
  const targets: ExportTarget[] = [];
  const starExports: ExportTarget[] = [];
  const local = (localName: string): void => {
    const fn = topLevelFunction(program, localName);
    if (fn) targets.push({ function: fn });
  };
  const value = (node: TSESTree.Node): void => {
    const inner = skipTypeWrappers(node);
    if (isFunctionNode(inner)) targets.push({ function: inner });
    else if (inner.type === AST_NODE_TYPES.Identifier) local(inner.name);
  };
  for (const statement of program.body) {
    if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration) {
      if (statement.exportKind === 'type') continue;
      const declaration = statement.declaration;
      if (declaration?.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id?.name === name) targets.push({ function: declaration });
      if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
        for (const declarator of declaration.declarations)
          if (declarator.id.type === AST_NODE_TYPES.Identifier && declarator.id.name === name && declarator.init) value(declarator.init);
      }
      for (const specifier of statement.specifiers) {
        if (specifier.type !== AST_NODE_TYPES.ExportSpecifier || exportedName(specifier.exported) !== name) continue;
        const localName = exportedName(specifier.local);
        if (statement.source) targets.push({ reexport: { specifier: statement.source.value, name: localName } });
        else local(localName);
      }
    } else if (statement.type === AST_NODE_TYPES.ExportDefaultDeclaration) {
      if (name === 'default') value(statement.declaration);
    } else if (statement.type === AST_NODE_TYPES.ExportAllDeclaration) {
      if (statement.exported === null && statement.exportKind !== 'type' && name !== 'default')
        starExports.push({ reexport: { specifier: statement.source.value, name } });
    } else if (statement.type === AST_NODE_TYPES.ExpressionStatement && statement.expression.type === AST_NODE_TYPES.AssignmentExpression) {
      const { left, right } = statement.expression;
      const target = commonJsExport(left);
      if (target === name) value(right);
      else if (target === 'default') {
        const object = skipTypeWrappers(right);
        if (object.type === AST_NODE_TYPES.ObjectExpression) {
          for (const property of object.properties)
            if (
              property.type === AST_NODE_TYPES.Property &&
              !property.computed &&
              property.key.type === AST_NODE_TYPES.Identifier &&
              property.key.name === name
            )
              value(property.value);
        }
      }
    }
  }
  if (targets.length === 0) local(name);
  return [...targets, ...starExports];
}

/** `exports.name` and `module.exports.name`: name; `module.exports`: `default`; otherwise null. */
function commonJsExport(left: TSESTree.Node): string | null {
  if (left.type !== AST_NODE_TYPES.MemberExpression) return null;
  const object = left.object;
  const property = getStaticPropertyName(left);
  if (object.type === AST_NODE_TYPES.Identifier && object.name === 'module' && property === 'exports') return 'default';
  const isExports =
    (object.type === AST_NODE_TYPES.Identifier && object.name === 'exports') ||
    (object.type === AST_NODE_TYPES.MemberExpression &&
      object.object.type === AST_NODE_TYPES.Identifier &&
      object.object.name === 'module' &&
      getStaticPropertyName(object) === 'exports');
  return isExports ? property : null;
}

function exportedName(node: TSESTree.Identifier | TSESTree.StringLiteral): string {
  return node.type === AST_NODE_TYPES.Identifier ? node.name : node.value;
}

/** A function declared at the top of the module under `name`: `function name`, `const name = () => …`. */
function topLevelFunction(program: TSESTree.Program, name: string): TSESTree.FunctionLike | null {
  for (const statement of program.body) {
    const declaration =
      statement.type === AST_NODE_TYPES.ExportNamedDeclaration || statement.type === AST_NODE_TYPES.ExportDefaultDeclaration
        ? statement.declaration
        : statement;
    if (!declaration) continue;
    if (declaration.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id?.name === name && declaration.body) return declaration;
    if (declaration.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of declaration.declarations) {
        if (declarator.id.type !== AST_NODE_TYPES.Identifier || declarator.id.name !== name || !declarator.init) continue;
        const init = skipTypeWrappers(declarator.init);
        return isFunctionNode(init) ? init : null;
      }
    }
  }
  return null;
}

/**
 * What an `import` declaration binds: the module and the export a named or default import names
 * (`default` for the default one), or the whole module for `import * as ns`. Null for a type-only
 * import and for any other definition.
 */
export function importBindingOf(
  def: TSESLint.Scope.Definition,
): { readonly specifier: string; readonly name: string; readonly namespace: false } | { readonly specifier: string; readonly namespace: true } | null {
  if (def.type !== TSESLint.Scope.DefinitionType.ImportBinding) return null;
  if (def.parent?.type !== AST_NODE_TYPES.ImportDeclaration || def.parent.importKind === 'type') return null;
  const specifier = def.parent.source.value;
  const binding = def.node;
  if (binding.type === AST_NODE_TYPES.ImportNamespaceSpecifier) return { specifier, namespace: true };
  if (binding.type === AST_NODE_TYPES.ImportDefaultSpecifier) return { specifier, name: 'default', namespace: false };
  if (binding.type === AST_NODE_TYPES.ImportSpecifier)
    return { specifier, name: binding.imported.type === AST_NODE_TYPES.Identifier ? binding.imported.name : binding.imported.value, namespace: false };
  return null;
}

/**
 * The name of the top-level variable an ES module exports as `name` (`export let config`,
 * `export { current as config }`), or null when it exports no variable under that name here.
 */
export function exportedVariableName(program: TSESTree.Program, name: string): string | null {
  for (const statement of program.body) {
    if (statement.type !== AST_NODE_TYPES.ExportNamedDeclaration || statement.exportKind === 'type' || statement.source) continue;
    const declaration = statement.declaration;
    if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
      for (const declarator of declaration.declarations) if (declarator.id.type === AST_NODE_TYPES.Identifier && declarator.id.name === name) return name;
    }
    for (const specifier of statement.specifiers) {
      if (specifier.type === AST_NODE_TYPES.ExportSpecifier && exportedName(specifier.exported) === name) return exportedName(specifier.local);
    }
  }
  return null;
}
