import { AST_NODE_TYPES, ASTUtils, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { isFunctionNode, isWithin, pushChildren, skipTypeWrappers } from '../analysis/ast.js';
import type { SequentialLoop } from '../analysis/find-sequential-loops.js';
import { getLineIndent, usesSemicolons } from './source-layout.js';
import type { RewriteContext, RewritePlan } from './plan-rewrite.js';
import { suggestName } from './fresh-names.js';

/**
 * Plans the rewrite of a loop whose iterations may run together, in the smallest of three forms
 * that keeps results and every effect that is not awaited in input order:
 *
 * 1. `results.push(await f(x))` over an array declared empty just before the loop:
 *    `const results = await Promise.all(xs.map((x) => f(x)));`
 * 2. a body whose only work after its first await is the awaited work itself:
 *    `await Promise.all(xs.map(async (x) => { …body… }));`, `continue` becoming `return`;
 * 3. a body that starts with `const v = await f(x);`: the calls start together first, and the
 *    rest of the body runs in the original loop, in order, over their results.
 *
 * Returns null (report without a suggestion) when none fits: `Promise` is shadowed, the loop is a
 * `for…in` (its keys include inherited ones), a `var` would change scope, or the body's other
 * work after an await would run in completion order.
 */
export function planLoopRewrite(found: SequentialLoop, context: RewriteContext): RewritePlan | null {
  const { sourceCode } = context;
  if (found.shape.kind === 'for-in' || isPromiseShadowed(sourceCode, found.loop)) return null;
  if (declaresVar(found.loop, sourceCode.visitorKeys)) return null;
  const planner = new LoopRewriter(found, context);
  return planner.collect() ?? planner.mapBody() ?? planner.startFirst();
}

function isPromiseShadowed(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): boolean {
  const variable = ASTUtils.findVariable(sourceCode.getScope(node), 'Promise');
  return variable !== null && variable.defs.length > 0;
}

class LoopRewriter {
  readonly #found: SequentialLoop;
  readonly #context: RewriteContext;
  readonly #sourceCode: Readonly<TSESLint.SourceCode>;
  readonly #text: string;

  constructor(found: SequentialLoop, context: RewriteContext) {
    this.#found = found;
    this.#context = context;
    this.#sourceCode = context.sourceCode;
    this.#text = context.sourceCode.text;
  }

  /** Form 1: `const results = []; for (…) results.push(<expression with awaits>);`. */
  collect(): RewritePlan | null {
    const { loop } = this.#found;
    const statement = onlyStatement(loop.body);
    if (statement?.type !== AST_NODE_TYPES.ExpressionStatement) return null;
    const call = skipTypeWrappers(statement.expression);
    if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.length !== 1 || call.arguments[0]!.type === AST_NODE_TYPES.SpreadElement) return null;
    const callee = call.callee;
    if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier || callee.property.name !== 'push') return null;
    if (callee.object.type !== AST_NODE_TYPES.Identifier) return null;
    const target = callee.object.name;
    const value = call.arguments[0]!;
    if (!this.#found.awaits.every(awaitNode => isWithin(awaitNode, value))) return null;
    const declaration = this.#emptyArrayDeclaredBefore(target);
    if (!declaration) return null;
    const declarator = declaration.declarations[0]!;
    const id = declarator.id;
    const head = `${declaration.kind} ${this.#text.slice(id.range[0], (id.typeAnnotation ?? id).range[1])}`;
    const mapped = this.#mapped(this.#callbackFor(value));
    const semicolon = usesSemicolons(this.#sourceCode, declaration) ? ';' : '';
    const indent = getLineIndent(this.#text, declaration.range[0]);
    const comments = this.#strayComments([declaration.range[0], loop.range[1]], [value.range, declarator.id.range]);
    const lines = [...comments, `${head} = await Promise.all(${mapped})${semicolon}`];
    return { range: [declaration.range[0], loop.range[1]], text: lines.join(`\n${indent}`) };
  }

  /** Form 2: every iteration's body in an async callback, when nothing after its first await is an effect that must keep order. */
  mapBody(): RewritePlan | null {
    const { loop, awaits } = this.#found;
    const firstAwait = awaits[0]!;
    if (hasOrderedWorkAfter(loop.body, firstAwait, awaits, this.#itemNames(), this.#sourceCode)) return null;
    const body = loop.body;
    const replaced = this.#withContinueAsReturn(body);
    const block = body.type === AST_NODE_TYPES.BlockStatement ? replaced : `{\n${getLineIndent(this.#text, loop.range[0])}${this.#unit()}${replaced}\n${getLineIndent(this.#text, loop.range[0])}}`;
    const callback = `async (${this.#parameters()}) => ${block}`;
    const semicolon = this.#semicolonStyle() ? ';' : '';
    const whole = loop.parent?.type === AST_NODE_TYPES.LabeledStatement ? loop.parent : loop;
    const headComments = this.#strayComments([whole.range[0], body.range[0]], []);
    const indent = getLineIndent(this.#text, whole.range[0]);
    return { range: whole.range, text: [...headComments, `await Promise.all(${this.#mapped(callback)})${semicolon}`].join(`\n${indent}`) };
  }

  /** Form 3: `const v = await f(x);` first in the body: start every call, then loop over the results in order. */
  startFirst(): RewritePlan | null {
    const { loop, awaits, shape } = this.#found;
    if (awaits.length !== 1 || loop.body.type !== AST_NODE_TYPES.BlockStatement) return null;
    const first = loop.body.body[0];
    if (first?.type !== AST_NODE_TYPES.VariableDeclaration || first.declarations.length !== 1 || first.kind === 'var') return null;
    const declarator = first.declarations[0]!;
    if (declarator.init !== awaits[0]) return null;
    const scope = this.#sourceCode.getScope(loop);
    const results = this.#context.names.allocate(`${suggestName(awaits[0]!)}s`, scope.upper ?? scope);
    const operand = this.#text.slice(...awaits[0]!.argument.range);
    const indent = getLineIndent(this.#text, loop.range[0]);
    const semicolon = usesSemicolons(this.#sourceCode, first) ? ';' : '';
    const lines = [`const ${results} = await Promise.all(${this.#mapped(`(${this.#parameters()}) => ${wrapObjectLiteral(operand)}`)})${semicolon}`];
    let index: string;
    if (shape.kind === 'index') {
      index = shape.index.name;
    } else {
      index = this.#context.names.allocate('index', scope.upper ?? scope);
      lines.push(`let ${index} = 0${semicolon}`);
    }
    const access = `${results}[${shape.kind === 'index' ? index : `${index}++`}]${this.#context.isTypeScript ? '!' : ''}`;
    const loopText = this.#text.slice(loop.range[0], declarator.init.range[0]) + access + this.#text.slice(declarator.init.range[1], loop.range[1]);
    const whole = loop.parent?.type === AST_NODE_TYPES.LabeledStatement ? loop.parent : loop;
    lines.push(this.#text.slice(whole.range[0], loop.range[0]) + loopText);
    return { range: whole.range, text: lines.join(`\n${indent}`) };
  }

  /** `xs.map(callback)` for a collection known to be an array, else `Array.from(xs, callback)`; the index loop maps over its indexes. */
  #mapped(callback: string): string {
    const { shape } = this.#found;
    const collection = this.#text.slice(...shape.collection.range);
    if (shape.kind === 'index') return `Array.from({ length: ${collection}.length }, ${callback})`;
    return isKnownArray(shape.collection, this.#sourceCode) ? `${parenthesizedForMember(shape.collection, collection)}.map(${callback})` : `Array.from(${collection}, ${callback})`;
  }

  /** The callback's parameters: the loop's item pattern, or for the index loop a placeholder and the index. */
  #parameters(): string {
    const { shape } = this.#found;
    if (shape.kind === 'index') {
      const scope = this.#sourceCode.getScope(this.#found.loop);
      return `${this.#context.names.allocate('_item', scope)}, ${shape.index.name}`;
    }
    const id = shape.item.declarations[0]!.id;
    return this.#text.slice(...id.range);
  }

  #callbackFor(value: TSESTree.Node): string {
    const inner = skipTypeWrappers(value);
    const text = this.#text.slice(...value.range);
    if (inner.type === AST_NODE_TYPES.AwaitExpression && inner === value && this.#found.awaits.length === 1) {
      return `(${this.#parameters()}) => ${wrapObjectLiteral(this.#text.slice(...inner.argument.range))}`;
    }
    return `async (${this.#parameters()}) => ${wrapObjectLiteral(text)}`;
  }

  #itemNames(): Set<string> {
    const { shape } = this.#found;
    if (shape.kind === 'index') return new Set([shape.index.name]);
    return new Set(this.#sourceCode.scopeManager!.getDeclaredVariables(shape.item).map(variable => variable.name));
  }

  /** `const results = [];` (or `let`, with a type) right before the loop, and nothing else naming it in between. */
  #emptyArrayDeclaredBefore(name: string): TSESTree.VariableDeclaration | null {
    const { loop } = this.#found;
    const parent = loop.parent;
    const list = parent?.type === AST_NODE_TYPES.BlockStatement || parent?.type === AST_NODE_TYPES.Program ? parent.body : null;
    if (!list) return null;
    const previous = list[list.indexOf(loop) - 1];
    if (previous?.type !== AST_NODE_TYPES.VariableDeclaration || previous.declarations.length !== 1 || previous.kind === 'var') return null;
    const declarator = previous.declarations[0]!;
    if (declarator.id.type !== AST_NODE_TYPES.Identifier || declarator.id.name !== name) return null;
    const init = declarator.init ? skipTypeWrappers(declarator.init) : null;
    return init?.type === AST_NODE_TYPES.ArrayExpression && init.elements.length === 0 ? previous : null;
  }

  /** The body's text with each `continue` of this loop turned into `return`. */
  #withContinueAsReturn(body: TSESTree.Statement): string {
    const replacements: TSESTree.Range[] = [];
    const pending: { node: TSESTree.Node; nested: boolean }[] = [{ node: body, nested: false }];
    const ownLabel = this.#found.loop.parent?.type === AST_NODE_TYPES.LabeledStatement ? this.#found.loop.parent.label.name : null;
    while (pending.length > 0) {
      const { node, nested } = pending.pop()!;
      if (isFunctionNode(node)) continue;
      if (node.type === AST_NODE_TYPES.ContinueStatement && ((!node.label && !nested) || node.label?.name === ownLabel)) {
        replacements.push(node.range);
        continue;
      }
      const children: TSESTree.Node[] = [];
      pushChildren(node, this.#sourceCode.visitorKeys, children);
      const isLoop = /^(?:For|ForIn|ForOf|While|DoWhile)Statement$/.test(node.type);
      for (const child of children) pending.push({ node: child, nested: nested || isLoop });
    }
    let result = '';
    let position = body.range[0];
    for (const range of replacements.sort((a, b) => a[0] - b[0])) {
      const statement = this.#text.slice(...range);
      const ends = statement.trimEnd().endsWith(';') ? ';' : '';
      result += this.#text.slice(position, range[0]) + `return${ends}`;
      position = range[1];
    }
    return result + this.#text.slice(position, body.range[1]);
  }

  /** Comments in `range` outside the pieces of code that are kept, as lines of their own. */
  #strayComments(range: TSESTree.Range, kept: readonly TSESTree.Range[]): string[] {
    return this.#context.comments
      .within(range)
      .filter(comment => !kept.some(inner => comment.range[0] >= inner[0] && comment.range[1] <= inner[1]))
      .map(comment => this.#text.slice(...comment.range));
  }

  #unit(): string {
    return this.#context.indentUnit(getLineIndent(this.#text, this.#found.loop.range[0]));
  }

  #semicolonStyle(): boolean {
    const statement = onlyStatement(this.#found.loop.body) ?? this.#found.loop.body;
    return usesSemicolons(this.#sourceCode, statement);
  }
}

/** The one statement of a body: itself when braceless, the only statement of a block. */
function onlyStatement(body: TSESTree.Statement): TSESTree.Statement | null {
  if (body.type !== AST_NODE_TYPES.BlockStatement) return body;
  return body.body.length === 1 ? body.body[0]! : null;
}

/** `({ … })`: an object literal as an arrow function's body needs parentheses. */
function wrapObjectLiteral(text: string): string {
  return text.trimStart().startsWith('{') ? `(${text})` : text;
}

function parenthesizedForMember(node: TSESTree.Node, text: string): string {
  const inner = skipTypeWrappers(node);
  return inner.type === AST_NODE_TYPES.Identifier || inner.type === AST_NODE_TYPES.MemberExpression || inner.type === AST_NODE_TYPES.CallExpression || inner.type === AST_NODE_TYPES.ArrayExpression ? text : `(${text})`;
}

/** Methods whose result is an array. */
const ARRAY_RESULTS = new Set(['map', 'filter', 'flat', 'flatMap', 'slice', 'concat', 'split', 'sort', 'reverse', 'toSorted', 'toReversed', 'toSpliced', 'splice', 'with', 'fill']);

/** Whether a collection is known to be an array (so that `.map` exists): a literal, `Object.keys(…)`, `Array.from(…)`, an array method's result, or a name declared as one. */
function isKnownArray(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, depth = 0): boolean {
  const inner = skipTypeWrappers(node);
  if (inner.type === AST_NODE_TYPES.ArrayExpression) return true;
  if (inner.type === AST_NODE_TYPES.CallExpression && inner.callee.type === AST_NODE_TYPES.MemberExpression && !inner.callee.computed && inner.callee.property.type === AST_NODE_TYPES.Identifier) {
    const object = inner.callee.object;
    const method = inner.callee.property.name;
    if (object.type === AST_NODE_TYPES.Identifier && object.name === 'Object' && /^(?:keys|values|entries)$/.test(method)) return true;
    if (object.type === AST_NODE_TYPES.Identifier && object.name === 'Array' && /^(?:from|of)$/.test(method)) return true;
    return ARRAY_RESULTS.has(method) && depth < 3 && (method === 'split' || isKnownArray(object, sourceCode, depth + 1));
  }
  if (inner.type === AST_NODE_TYPES.Identifier && depth < 3) {
    const variable = ASTUtils.findVariable(sourceCode.getScope(inner), inner);
    const def = variable?.defs[0];
    if (!def || variable!.defs.length !== 1) return false;
    const annotation = (def.name as TSESTree.Identifier).typeAnnotation?.typeAnnotation;
    if (annotation && isArrayType(annotation)) return true;
    if (def.type === TSESLint.Scope.DefinitionType.Variable && def.node.type === AST_NODE_TYPES.VariableDeclarator && def.node.init && def.node.id === def.name) {
      return isKnownArray(def.node.init, sourceCode, depth + 1);
    }
  }
  return false;
}

function isArrayType(type: TSESTree.TypeNode): boolean {
  if (type.type === AST_NODE_TYPES.TSArrayType) return true;
  if (type.type === AST_NODE_TYPES.TSTypeOperator && type.operator === 'readonly' && type.typeAnnotation) return isArrayType(type.typeAnnotation);
  return type.type === AST_NODE_TYPES.TSTypeReference && type.typeName.type === AST_NODE_TYPES.Identifier && /^(?:Array|ReadonlyArray)$/.test(type.typeName.name);
}

/** Whether the loop declares a `var` (its item or in its body): moved into a callback, it would change scope. */
function declaresVar(loop: TSESTree.Node, visitorKeys: TSESLint.SourceCode.VisitorKeys): boolean {
  const pending: TSESTree.Node[] = [loop];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node !== loop && isFunctionNode(node)) continue;
    if (node.type === AST_NODE_TYPES.VariableDeclaration && node.kind === 'var') return true;
    pushChildren(node, visitorKeys, pending);
  }
  return false;
}

/** Receivers and globals whose calls only compute a value. */
const PURE_ROOTS = new Set(['JSON', 'Math', 'Object', 'Array', 'String', 'Number', 'Boolean', 'Date', 'URL', 'URLSearchParams', 'Buffer', 'path', 'structuredClone', 'encodeURIComponent', 'decodeURIComponent', 'parseInt', 'parseFloat']);
const PURE_METHODS = new Set([
  'map', 'filter', 'reduce', 'find', 'findIndex', 'some', 'every', 'includes', 'indexOf', 'join', 'slice', 'concat', 'flat', 'flatMap', 'at', 'keys', 'values', 'entries',
  'toString', 'toFixed', 'toLowerCase', 'toUpperCase', 'trim', 'split', 'replace', 'replaceAll', 'startsWith', 'endsWith', 'padStart', 'padEnd', 'toISOString', 'getTime', 'json', 'text',
]);

/**
 * Whether, after the first await of an iteration, the body does work whose order across
 * iterations shows: a call that is neither one of the loop's awaits nor a computation on values,
 * or a write to something declared outside the iteration.
 */
function hasOrderedWorkAfter(
  body: TSESTree.Statement,
  firstAwait: TSESTree.AwaitExpression,
  awaits: readonly TSESTree.AwaitExpression[],
  itemNames: ReadonlySet<string>,
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  const pending: TSESTree.Node[] = [body];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (isFunctionNode(node)) continue;
    if (node.range[1] <= firstAwait.range[0] && !isWithin(firstAwait, node)) continue;
    if (awaits.some(awaitNode => awaitNode.argument === node)) continue;
    if (node.range[0] > firstAwait.range[0] || isWithin(node, firstAwait)) {
      if (node.type === AST_NODE_TYPES.CallExpression && !isPureCall(node)) return true;
      if (node.type === AST_NODE_TYPES.NewExpression || node.type === AST_NODE_TYPES.TaggedTemplateExpression) return true;
      if ((node.type === AST_NODE_TYPES.AssignmentExpression || node.type === AST_NODE_TYPES.UpdateExpression) && !writesIterationLocal(node, body, itemNames, sourceCode)) return true;
      if (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'delete') return true;
    }
    pushChildren(node, sourceCode.visitorKeys, pending);
  }
  return false;
}

function isPureCall(call: TSESTree.CallExpression): boolean {
  const callee = skipTypeWrappers(call.callee);
  if (callee.type === AST_NODE_TYPES.Identifier) return PURE_ROOTS.has(callee.name);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.computed || callee.property.type !== AST_NODE_TYPES.Identifier) return false;
  let root: TSESTree.Node = callee.object;
  while (root.type === AST_NODE_TYPES.MemberExpression) root = root.object;
  return (root.type === AST_NODE_TYPES.Identifier && PURE_ROOTS.has(root.name)) || PURE_METHODS.has(callee.property.name);
}

/** An assignment to a variable declared in the iteration (its item or a body local). */
function writesIterationLocal(node: TSESTree.AssignmentExpression | TSESTree.UpdateExpression, body: TSESTree.Statement, itemNames: ReadonlySet<string>, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const target = node.type === AST_NODE_TYPES.AssignmentExpression ? node.left : node.argument;
  if (target.type !== AST_NODE_TYPES.Identifier) return false;
  if (itemNames.has(target.name)) return true;
  const variable = ASTUtils.findVariable(sourceCode.getScope(target), target);
  return variable?.defs.every(def => isWithin(def.name, body)) ?? false;
}
