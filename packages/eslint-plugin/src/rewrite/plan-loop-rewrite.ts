import { AST_NODE_TYPES, ASTUtils, TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { isFunctionNode, isWithin, pushChildren, skipTypeWrappers, someOutsideFunctions } from '../analysis/ast.js';
import type { SequentialLoop } from '../analysis/find-sequential-loops.js';
import { suggestName } from './fresh-names.js';
import { getLineIndent, usesSemicolons } from './source-layout.js';
import type { RewriteContext, RewritePlan } from './plan-rewrite.js';

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

  /**
   * Form 1: an empty array declared just before the loop, filled by a `push` that ends every
   * iteration: `const results = await Promise.all(xs.map(async (x) => { …; return <pushed>; }))`.
   * With nothing before the push, `(x) => f(x)` for `results.push(await f(x))`.
   */
  collect(): RewritePlan | null {
    const { loop, awaits } = this.#found;
    const statements = loop.body.type === AST_NODE_TYPES.BlockStatement ? loop.body.body : [loop.body];
    const last = statements.at(-1);
    if (last?.type !== AST_NODE_TYPES.ExpressionStatement) return null;
    const call = skipTypeWrappers(last.expression);
    if (call.type !== AST_NODE_TYPES.CallExpression || call.arguments.length !== 1 || call.arguments[0]!.type === AST_NODE_TYPES.SpreadElement) return null;
    const callee = call.callee;
    if (
      callee.type !== AST_NODE_TYPES.MemberExpression ||
      callee.computed ||
      callee.property.type !== AST_NODE_TYPES.Identifier ||
      callee.property.name !== 'push'
    )
      return null;
    if (callee.object.type !== AST_NODE_TYPES.Identifier) return null;
    const declaration = this.#emptyArrayDeclaredBefore(callee.object.name);
    if (!declaration) return null;
    const target = callee.object;
    const before = statements.slice(0, -1);
    // every iteration must reach the push, once, and nothing before it may need its order kept
    if (this.#mentions(loop.body, target.name) !== 1 || containsContinue(loop.body, this.#sourceCode.visitorKeys)) return null;
    if (hasOrderedWorkAfter(loop.body, awaits[0]!, awaits, this.#itemNames(), this.#sourceCode, call)) return null;
    const value = call.arguments[0]!;
    const declarator = declaration.declarations[0];
    const id = declarator.id;
    const head = `${declaration.kind} ${this.#text.slice(id.range[0], (id.typeAnnotation ?? id).range[1])}`;
    const semicolon = usesSemicolons(this.#sourceCode, declaration) ? ';' : '';
    const indent = getLineIndent(this.#text, declaration.range[0]);
    let callback: string;
    let comments: string[];
    if (before.length === 0) {
      callback = this.#callbackFor(value);
      comments = this.#strayComments([declaration.range[0], loop.range[1]], [value.range]);
    } else {
      const bodyIndent = getLineIndent(this.#text, last.range[0]);
      const lines = before.map(statement => this.#text.slice(...statement.range));
      lines.push(`return ${this.#text.slice(...value.range)}${semicolon}`);
      callback = `async (${this.#parameters()}) => {\n${bodyIndent}${lines.join(`\n${bodyIndent}`)}\n${indent}}`;
      comments = this.#strayComments([declaration.range[0], loop.range[1]], [...before.map(statement => statement.range), value.range]);
    }
    const lines = [...comments, `${head} = await Promise.all(${this.#mapped(callback)})${semicolon}`];
    return { range: [declaration.range[0], loop.range[1]], text: lines.join(`\n${indent}`) };
  }

  /** Form 2: every iteration's body in an async callback, when nothing after its first await is an effect that must keep order. */
  mapBody(): RewritePlan | null {
    const { loop, awaits } = this.#found;
    const firstAwait = awaits[0]!;
    if (hasOrderedWorkAfter(loop.body, firstAwait, awaits, this.#itemNames(), this.#sourceCode)) return null;
    const body = loop.body;
    const replaced = this.#withContinueAsReturn(body);
    const block =
      body.type === AST_NODE_TYPES.BlockStatement
        ? replaced
        : `{\n${getLineIndent(this.#text, loop.range[0])}${this.#unit()}${replaced}\n${getLineIndent(this.#text, loop.range[0])}}`;
    const callback = `async (${this.#parameters()}) => ${block}`;
    const semicolon = this.#semicolonStyle() ? ';' : '';
    const whole = loop.parent?.type === AST_NODE_TYPES.LabeledStatement ? loop.parent : loop;
    const headComments = this.#strayComments([whole.range[0], body.range[0]], []);
    const indent = getLineIndent(this.#text, whole.range[0]);
    return { range: whole.range, text: [...headComments, `await Promise.all(${this.#mapped(callback)})${semicolon}`].join(`\n${indent}`) };
  }

  /**
   * Form 3: the body starts with declarations that hold all its awaits (`const user = await
   * getUser(id);`, maybe more that use it), then does the rest without awaiting: those
   * declarations run for every item together first, and the loop runs over their values in order.
   */
  startFirst(): RewritePlan | null {
    const { loop, awaits, shape } = this.#found;
    if (loop.body.type !== AST_NODE_TYPES.BlockStatement) return null;
    const statements = loop.body.body;
    const lastAwait = awaits.at(-1)!;
    const count = statements.findIndex(statement => isWithin(lastAwait, statement)) + 1;
    const leading = statements.slice(0, count);
    if (count === 1 && awaits.length === 1 && !(leading[0]!.type === AST_NODE_TYPES.VariableDeclaration && leading[0]!.declarations[0].init === awaits[0]))
      return this.#startOneFirst(leading[0]!);
    if (
      count === 0 ||
      !leading.every(
        (statement): statement is TSESTree.VariableDeclaration => statement.type === AST_NODE_TYPES.VariableDeclaration && statement.kind !== 'var',
      )
    )
      return null;
    const kinds = new Set(leading.map(statement => statement.kind));
    if (kinds.size !== 1 || leading.some(statement => containsContinue(statement, this.#sourceCode.visitorKeys))) return null;
    // what moves ahead of the loop runs for every item before the rest of any body: it may do no other work, and each await runs once
    if (
      awaits.some(
        awaitNode =>
          !isEvaluatedOnce(
            awaitNode,
            leading.find(statement => isWithin(awaitNode, statement))!,
          ),
      )
    )
      return null;
    if (leading.some(statement => hasWorkBesides(statement, awaits, this.#sourceCode.visitorKeys))) return null;
    const scope = this.#sourceCode.getScope(loop);
    const outer = scope.upper ?? scope;
    const semicolon = usesSemicolons(this.#sourceCode, leading[0]!) ? ';' : '';
    const indent = getLineIndent(this.#text, loop.range[0]);
    const single =
      leading.length === 1 && leading[0]!.declarations.length === 1 && leading[0]!.declarations[0].init === awaits[0] && awaits.length === 1
        ? leading[0]!.declarations[0]
        : null;
    const names = leading.flatMap(statement => this.#sourceCode.scopeManager!.getDeclaredVariables(statement).map(variable => variable.name));
    const results = this.#context.names.allocate(
      single?.id.type === AST_NODE_TYPES.Identifier ? pluralOf(single.id.name) : names.length === 1 ? pluralOf(names[0]!) : 'iterations',
      outer,
    );
    let callback: string;
    if (single) {
      callback = `(${this.#parameters()}) => ${wrapObjectLiteral(this.#text.slice(...awaits[0]!.argument.range))}`;
    } else {
      const bodyIndent = getLineIndent(this.#text, leading[0]!.range[0]);
      const returned = names.length === 1 ? names[0]! : `[${names.join(', ')}]${this.#context.isTypeScript ? ' as const' : ''}`;
      const lines = [...leading.map(statement => this.#text.slice(...statement.range)), `return ${returned}${semicolon}`];
      callback = `async (${this.#parameters()}) => {\n${bodyIndent}${lines.join(`\n${bodyIndent}`)}\n${indent}}`;
    }
    // the loop walks the collection a second time: a collection it computes (`accounts.filter(…)`) is computed once, first
    const lines: string[] = [];
    let collectionName: string | null = null;
    const collection = skipTypeWrappers(shape.collection);
    if (shape.kind !== 'index' && collection.type !== AST_NODE_TYPES.Identifier && collection.type !== AST_NODE_TYPES.MemberExpression) {
      collectionName = this.#context.names.allocate('items', outer);
      lines.push(`const ${collectionName} = ${this.#text.slice(...shape.collection.range)}${semicolon}`);
    }
    lines.push(`const ${results} = await Promise.all(${this.#mapped(callback, collectionName)})${semicolon}`);
    let index: string;
    if (shape.kind === 'index') {
      index = shape.index.name;
    } else {
      index = this.#context.names.allocate('index', outer);
      lines.push(`let ${index} = 0${semicolon}`);
    }
    const access = `${results}[${this.#resultIndex(index)}]${this.#context.isTypeScript ? '!' : ''}`;
    let replacement: string;
    if (single) {
      replacement = this.#text.slice(leading[0]!.range[0], single.init!.range[0]) + access + this.#text.slice(single.init!.range[1], leading[0]!.range[1]);
    } else {
      const pattern = names.length === 1 ? names[0]! : `[${names.join(', ')}]`;
      replacement = `${leading[0]!.kind} ${pattern} = ${access}${semicolon}`;
    }
    const head =
      collectionName === null
        ? this.#text.slice(loop.range[0], leading[0]!.range[0])
        : this.#text.slice(loop.range[0], shape.collection.range[0]) + collectionName + this.#text.slice(shape.collection.range[1], leading[0]!.range[0]);
    const loopText = head + replacement + this.#text.slice(leading.at(-1)!.range[1], loop.range[1]);
    const whole = loop.parent?.type === AST_NODE_TYPES.LabeledStatement ? loop.parent : loop;
    lines.push(this.#text.slice(whole.range[0], loop.range[0]) + loopText);
    return { range: whole.range, text: lines.join(`\n${indent}`) };
  }

  /**
   * Form 3 for one await inside the body's first statement (`bySku.set(sku, await getPrice(sku));`):
   * its operand starts for every item first, and the statement takes its value in order. The
   * operand must read nothing the body declares, and nothing before it in the statement may do work.
   */
  #startOneFirst(first: TSESTree.Statement): RewritePlan | null {
    const { loop, awaits, shape } = this.#found;
    const awaitNode = awaits[0]!;
    if (containsContinue(first, this.#sourceCode.visitorKeys) || hasWorkBefore(first, awaitNode, this.#sourceCode.visitorKeys)) return null;
    if (hasWorkBesides(awaitNode, awaits, this.#sourceCode.visitorKeys)) return null;
    const bodyLocals = new Set(this.#sourceCode.scopeManager!.getDeclaredVariables(loop.body).map(variable => variable.name));
    for (const statement of loop.body.type === AST_NODE_TYPES.BlockStatement ? loop.body.body : []) {
      if (statement.type === AST_NODE_TYPES.VariableDeclaration)
        for (const variable of this.#sourceCode.scopeManager!.getDeclaredVariables(statement)) bodyLocals.add(variable.name);
    }
    if (this.#mentionsAny(awaitNode.argument, bodyLocals) || this.#readsDeclaredWithin(awaitNode.argument, loop.body)) return null;
    if (!isEvaluatedOnce(awaitNode, first)) return null;
    const scope = this.#sourceCode.getScope(loop);
    const outer = scope.upper ?? scope;
    const semicolon = usesSemicolons(this.#sourceCode, first) ? ';' : '';
    const indent = getLineIndent(this.#text, loop.range[0]);
    const results = this.#context.names.allocate(pluralOf(suggestName(awaitNode)), outer);
    const lines: string[] = [];
    let collectionName: string | null = null;
    const collection = skipTypeWrappers(shape.collection);
    if (shape.kind !== 'index' && collection.type !== AST_NODE_TYPES.Identifier && collection.type !== AST_NODE_TYPES.MemberExpression) {
      collectionName = this.#context.names.allocate('items', outer);
      lines.push(`const ${collectionName} = ${this.#text.slice(...shape.collection.range)}${semicolon}`);
    }
    lines.push(
      `const ${results} = await Promise.all(${this.#mapped(`(${this.#parameters()}) => ${wrapObjectLiteral(this.#text.slice(...awaitNode.argument.range))}`, collectionName)})${semicolon}`,
    );
    let index: string;
    if (shape.kind === 'index') {
      index = shape.index.name;
    } else {
      index = this.#context.names.allocate('index', outer);
      lines.push(`let ${index} = 0${semicolon}`);
    }
    const access = `${results}[${this.#resultIndex(index)}]${this.#context.isTypeScript ? '!' : ''}`;
    const awaitRange = outermostParens(this.#sourceCode, awaitNode);
    const head =
      collectionName === null
        ? this.#text.slice(loop.range[0], awaitRange[0])
        : this.#text.slice(loop.range[0], shape.collection.range[0]) + collectionName + this.#text.slice(shape.collection.range[1], awaitRange[0]);
    const whole = loop.parent?.type === AST_NODE_TYPES.LabeledStatement ? loop.parent : loop;
    lines.push(this.#text.slice(whole.range[0], loop.range[0]) + head + access + this.#text.slice(awaitRange[1], loop.range[1]));
    return { range: whole.range, text: lines.join(`\n${indent}`) };
  }

  /** Whether an expression reads a variable declared inside `container` (a nested loop's item, a block's local). */
  #readsDeclaredWithin(node: TSESTree.Node, container: TSESTree.Node): boolean {
    const pending: TSESTree.Node[] = [node];
    while (pending.length > 0) {
      const current = pending.pop()!;
      if (current.type === AST_NODE_TYPES.Identifier) {
        const variable = ASTUtils.findVariable(this.#sourceCode.getScope(current), current);
        if (variable?.defs.some(def => isWithin(def.name, container))) return true;
      }
      pushChildren(current, this.#sourceCode.visitorKeys, pending);
    }
    return false;
  }

  #mentionsAny(node: TSESTree.Node, names: ReadonlySet<string>): boolean {
    const pending: TSESTree.Node[] = [node];
    while (pending.length > 0) {
      const current = pending.pop()!;
      if (current.type === AST_NODE_TYPES.Identifier && names.has(current.name)) return true;
      pushChildren(current, this.#sourceCode.visitorKeys, pending);
    }
    return false;
  }

  /** `xs.map(callback)` for a collection known to be an array, else `Array.from(xs, callback)`; the index loop maps over its indexes. */
  #mapped(callback: string, collectionName: string | null = null): string {
    const { shape } = this.#found;
    const collection = collectionName ?? this.#text.slice(...shape.collection.range);
    if (shape.kind === 'index') {
      if (shape.start === 0) return `Array.from({ length: ${collection}.length }, ${callback})`;
      // the indexes from the loop's start, then the work for each
      const scope = this.#sourceCode.getScope(this.#found.loop);
      const [item, offset] = [this.#context.names.allocateUnused('item', scope), this.#context.names.allocate('offset', scope)];
      return `Array.from({ length: ${collection}.length - ${shape.start} }, (${item}, ${offset}) => ${offset} + ${shape.start}).map(${callback})`;
    }
    return isKnownArray(shape.collection, this.#sourceCode)
      ? `${collectionName ?? parenthesizedForMember(shape.collection, collection)}.map(${callback})`
      : `Array.from(${collection}, ${callback})`;
  }

  /** Where an iteration's result is: `results[i]`, `results[i - 1]` for a loop from 1, `results[index++]` for `for…of`. */
  #resultIndex(index: string): string {
    const { shape } = this.#found;
    if (shape.kind !== 'index') return `${index}++`;
    return shape.start === 0 ? index : `${index} - ${shape.start}`;
  }

  /** The callback's parameters: the loop's item pattern, or for the index loop a placeholder and the index (the index alone from another start: it maps the indexes). */
  #parameters(): string {
    const { shape } = this.#found;
    if (shape.kind === 'index' && shape.start !== 0) return shape.index.name;
    if (shape.kind === 'index') {
      const scope = this.#sourceCode.getScope(this.#found.loop);
      return `${this.#context.names.allocateUnused('item', scope)}, ${shape.index.name}`;
    }
    const id = shape.item.declarations[0].id;
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

  /** How many times the body refers to the variable `name` (a property named alike is not one). */
  #mentions(body: TSESTree.Node, name: string): number {
    let count = 0;
    const pending: TSESTree.Node[] = [body];
    while (pending.length > 0) {
      const node = pending.pop()!;
      if (node.type === AST_NODE_TYPES.Identifier && node.name === name && !isPropertyName(node)) count++;
      pushChildren(node, this.#sourceCode.visitorKeys, pending);
    }
    return count;
  }

  /** `const results = [];` (or `let`, with a type) right before the loop, and nothing else naming it in between. */
  #emptyArrayDeclaredBefore(name: string): TSESTree.VariableDeclaration | null {
    const { loop } = this.#found;
    const parent = loop.parent;
    const list = parent?.type === AST_NODE_TYPES.BlockStatement || parent?.type === AST_NODE_TYPES.Program ? parent.body : null;
    if (!list) return null;
    const previous = list[list.indexOf(loop) - 1];
    if (previous?.type !== AST_NODE_TYPES.VariableDeclaration || previous.declarations.length !== 1 || previous.kind === 'var') return null;
    const declarator = previous.declarations[0];
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

  /** Whether the code ends statements with `;`, judged by the body's first statement. */
  #semicolonStyle(): boolean {
    const body = this.#found.loop.body;
    const statement = body.type === AST_NODE_TYPES.BlockStatement ? (body.body[0] ?? body) : body;
    return statement === body && body.type === AST_NODE_TYPES.BlockStatement ? true : usesSemicolons(this.#sourceCode, statement);
  }
}

/** `({ … })`: an object literal as an arrow function's body needs parentheses. */
function wrapObjectLiteral(text: string): string {
  return text.trimStart().startsWith('{') ? `(${text})` : text;
}

function parenthesizedForMember(node: TSESTree.Node, text: string): string {
  const inner = skipTypeWrappers(node);
  return inner.type === AST_NODE_TYPES.Identifier ||
    inner.type === AST_NODE_TYPES.MemberExpression ||
    inner.type === AST_NODE_TYPES.CallExpression ||
    inner.type === AST_NODE_TYPES.ArrayExpression
    ? text
    : `(${text})`;
}

/** Methods whose result is an array. */
const ARRAY_RESULTS = new Set([
  'map',
  'filter',
  'flat',
  'flatMap',
  'slice',
  'concat',
  'split',
  'sort',
  'reverse',
  'toSorted',
  'toReversed',
  'toSpliced',
  'splice',
  'with',
  'fill',
]);

/** Whether a collection is known to be an array (so that `.map` exists): a literal, `Object.keys(…)`, `Array.from(…)`, an array method's result, or a name declared as one. */
function isKnownArray(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>, depth = 0): boolean {
  const inner = skipTypeWrappers(node);
  if (inner.type === AST_NODE_TYPES.ArrayExpression) return true;
  if (
    inner.type === AST_NODE_TYPES.CallExpression &&
    inner.callee.type === AST_NODE_TYPES.MemberExpression &&
    !inner.callee.computed &&
    inner.callee.property.type === AST_NODE_TYPES.Identifier
  ) {
    const object = inner.callee.object;
    const method = inner.callee.property.name;
    if (object.type === AST_NODE_TYPES.Identifier && object.name === 'Object' && /^(?:keys|values|entries)$/.test(method)) return true;
    if (object.type === AST_NODE_TYPES.Identifier && object.name === 'Array' && /^(?:from|of)$/.test(method)) return true;
    return ARRAY_RESULTS.has(method) && depth < 3 && (method === 'split' || isKnownArray(object, sourceCode, depth + 1));
  }
  if (inner.type === AST_NODE_TYPES.Identifier && depth < 3) {
    const variable = ASTUtils.findVariable(sourceCode.getScope(inner), inner);
    const def = variable?.defs[0];
    if (!def || variable.defs.length !== 1) return false;
    const annotation = (def.name as TSESTree.Identifier).typeAnnotation?.typeAnnotation;
    if (annotation && isArrayType(annotation)) return true;
    if (
      def.type === TSESLint.Scope.DefinitionType.Variable &&
      def.node.type === AST_NODE_TYPES.VariableDeclarator &&
      def.node.init &&
      def.node.id === def.name
    ) {
      return isKnownArray(def.node.init, sourceCode, depth + 1);
    }
  }
  return false;
}

function isArrayType(type: TSESTree.TypeNode): boolean {
  if (type.type === AST_NODE_TYPES.TSArrayType) return true;
  if (type.type === AST_NODE_TYPES.TSTypeOperator && type.operator === 'readonly' && type.typeAnnotation) return isArrayType(type.typeAnnotation);
  return (
    type.type === AST_NODE_TYPES.TSTypeReference && type.typeName.type === AST_NODE_TYPES.Identifier && /^(?:Array|ReadonlyArray)$/.test(type.typeName.name)
  );
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

/** `key` in `{ key: value }` and `obj.key`: a name, not a reference. */
function isPropertyName(node: TSESTree.Identifier): boolean {
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.Property) return parent.key === node && !parent.computed && !parent.shorthand;
  if (parent?.type === AST_NODE_TYPES.MemberExpression) return parent.property === node && !parent.computed;
  return false;
}

/** A plural for the name of the values of every iteration: `users` for `user`, `allPosts` for `posts`. */
export function pluralOf(name: string): string {
  return name.endsWith('s') ? `all${name[0]!.toUpperCase()}${name.slice(1)}` : `${name}s`;
}

/** The range of a node with the parentheses around it. */
function outermostParens(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): TSESTree.Range {
  let range = node.range;
  let before = sourceCode.getTokenBefore(node);
  let after = sourceCode.getTokenAfter(node);
  while (before?.value === '(' && after?.value === ')' && ASTUtils.isParenthesized(node, sourceCode)) {
    range = [before.range[0], after.range[1]];
    const outer = sourceCode.getNodeByRangeIndex(range[0]);
    if (!outer || outer.range[0] !== node.range[0]) break;
    before = sourceCode.getTokenBefore(before);
    after = sourceCode.getTokenAfter(after);
  }
  return range;
}

/** Whether evaluating a statement does work before reaching an await in it: a call, `new`, a write. */
function hasWorkBefore(statement: TSESTree.Node, awaitNode: TSESTree.AwaitExpression, visitorKeys: TSESLint.SourceCode.VisitorKeys): boolean {
  const pending: TSESTree.Node[] = [statement];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (node === awaitNode || isFunctionNode(node) || node.range[0] >= awaitNode.range[0]) continue;
    const wraps = isWithin(awaitNode, node);
    if (
      !wraps &&
      (node.type === AST_NODE_TYPES.CallExpression ||
        node.type === AST_NODE_TYPES.NewExpression ||
        node.type === AST_NODE_TYPES.AssignmentExpression ||
        node.type === AST_NODE_TYPES.UpdateExpression ||
        node.type === AST_NODE_TYPES.AwaitExpression)
    )
      return true;
    pushChildren(node, visitorKeys, pending);
  }
  return false;
}

/**
 * Whether code does work besides starting the awaited calls: a call that is not pure (see
 * {@link isPureCall}) and not the chain of an awaited call, `new`, a write.
 */
function hasWorkBesides(root: TSESTree.Node, awaits: readonly TSESTree.AwaitExpression[], visitorKeys: TSESLint.SourceCode.VisitorKeys): boolean {
  const starts = new Set<TSESTree.Node>();
  for (const awaitNode of awaits) {
    for (let link: TSESTree.Node = skipTypeWrappers(awaitNode.argument); ;) {
      starts.add(link);
      if (link.type === AST_NODE_TYPES.CallExpression && link.callee.type === AST_NODE_TYPES.MemberExpression) link = skipTypeWrappers(link.callee.object);
      else break;
    }
  }
  return someOutsideFunctions(
    root,
    visitorKeys,
    node =>
      (node.type === AST_NODE_TYPES.CallExpression && !starts.has(node) && !isPureCall(node)) ||
      node.type === AST_NODE_TYPES.NewExpression ||
      node.type === AST_NODE_TYPES.UpdateExpression ||
      node.type === AST_NODE_TYPES.AssignmentExpression,
  );
}

/**
 * Whether `node` runs exactly once each time `root` runs: no loop, function, branch or
 * short-circuit between them (`if (x) await f()`, `a ?? await f()` may skip it; a loop repeats it).
 */
function isEvaluatedOnce(node: TSESTree.Node, root: TSESTree.Node): boolean {
  for (let child = node, parent = node.parent; child !== root && parent; child = parent, parent = parent.parent) {
    if (isFunctionNode(parent)) return false;
    switch (parent.type) {
      case AST_NODE_TYPES.ForStatement:
      case AST_NODE_TYPES.ForInStatement:
      case AST_NODE_TYPES.ForOfStatement:
      case AST_NODE_TYPES.WhileStatement:
      case AST_NODE_TYPES.DoWhileStatement:
      case AST_NODE_TYPES.SwitchStatement:
      case AST_NODE_TYPES.TryStatement:
      case AST_NODE_TYPES.ChainExpression:
        return false;
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.ConditionalExpression:
        if (parent.test !== child) return false;
        break;
      case AST_NODE_TYPES.LogicalExpression:
        if (parent.left !== child) return false;
        break;
      case AST_NODE_TYPES.AssignmentExpression:
        if (parent.operator === '||=' || parent.operator === '&&=' || parent.operator === '??=') return false;
        break;
      default:
        break;
    }
  }
  return true;
}

/** Whether a statement holds a `continue` (outside nested functions). */
function containsContinue(root: TSESTree.Node, visitorKeys: TSESLint.SourceCode.VisitorKeys): boolean {
  return someOutsideFunctions(root, visitorKeys, node => node.type === AST_NODE_TYPES.ContinueStatement);
}

/** Receivers and globals whose calls only compute a value. */
const PURE_ROOTS = new Set([
  'JSON',
  'Math',
  'Object',
  'Array',
  'String',
  'Number',
  'Boolean',
  'Date',
  'URL',
  'URLSearchParams',
  'Buffer',
  'path',
  'structuredClone',
  'encodeURIComponent',
  'decodeURIComponent',
  'parseInt',
  'parseFloat',
]);
const PURE_METHODS = new Set([
  'map',
  'filter',
  'reduce',
  'find',
  'findIndex',
  'some',
  'every',
  'includes',
  'indexOf',
  'join',
  'slice',
  'concat',
  'flat',
  'flatMap',
  'at',
  'keys',
  'values',
  'entries',
  'toString',
  'toFixed',
  'toLowerCase',
  'toUpperCase',
  'trim',
  'split',
  'replace',
  'replaceAll',
  'startsWith',
  'endsWith',
  'padStart',
  'padEnd',
  'toISOString',
  'getTime',
  'json',
  'text',
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
  /** The final `push` the rewrite turns into the callback's result: not an effect, though its argument may hold some. */
  result?: TSESTree.CallExpression,
): boolean {
  const pending: TSESTree.Node[] = [body];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (isFunctionNode(node)) continue;
    if (node === result) {
      pending.push(...result.arguments);
      continue;
    }
    if (node.range[1] <= firstAwait.range[0] && !isWithin(firstAwait, node)) continue;
    if (awaits.some(awaitNode => awaitNode.argument === node)) continue;
    // what starts after the await, or wraps it (a call or a write happens once its operands, the await among them, are done)
    if (node.range[0] > firstAwait.range[0] || isWithin(node, firstAwait) || isWithin(firstAwait, node)) {
      if (node.type === AST_NODE_TYPES.CallExpression && !isPureCall(node)) return true;
      if (node.type === AST_NODE_TYPES.NewExpression || node.type === AST_NODE_TYPES.TaggedTemplateExpression) return true;
      if (
        (node.type === AST_NODE_TYPES.AssignmentExpression || node.type === AST_NODE_TYPES.UpdateExpression) &&
        !writesIterationLocal(node, body, itemNames, sourceCode)
      )
        return true;
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
function writesIterationLocal(
  node: TSESTree.AssignmentExpression | TSESTree.UpdateExpression,
  body: TSESTree.Statement,
  itemNames: ReadonlySet<string>,
  sourceCode: Readonly<TSESLint.SourceCode>,
): boolean {
  const target = node.type === AST_NODE_TYPES.AssignmentExpression ? node.left : node.argument;
  if (target.type !== AST_NODE_TYPES.Identifier) return false;
  if (itemNames.has(target.name)) return true;
  const variable = ASTUtils.findVariable(sourceCode.getScope(target), target);
  return variable?.defs.every(def => isWithin(def.name, body)) ?? false;
}
