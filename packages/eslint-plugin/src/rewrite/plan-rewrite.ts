import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { isWithin } from '../analysis/ast.js';
import type { ArrowExpressionBody, GroupMember, MemberStatement, SequentialAwaitGroup } from '../analysis/types.js';
import { NameAllocator, suggestName } from './fresh-names.js';
import { detectIndentUnit, getLineIndent, reindent, usesSemicolons } from './source-layout.js';

/** One text replacement that turns a group into a single `await Promise.all([...])`. */
export interface RewritePlan {
  readonly range: TSESTree.Range;
  readonly text: string;
}

/** How the combined await binds its results. */
type Binding =
  | { readonly kind: 'declaration'; readonly keyword: string; readonly typed: boolean }
  | { readonly kind: 'assignment' }
  | { readonly kind: 'none' };

type AnyStatement = TSESTree.Statement | ArrowExpressionBody;
type Comment = TSESTree.Comment;

const MAX_LINE_LENGTH = 80;

/** What a rewrite needs of the file, computed once per file however many groups it has. */
export class RewriteContext {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly names: NameAllocator;
  #indentUnit: string | null = null;

  constructor(sourceCode: Readonly<TSESLint.SourceCode>) {
    this.sourceCode = sourceCode;
    this.names = new NameAllocator();
  }

  indentUnit(lineIndent: string): string {
    if (lineIndent.includes('\t')) return '\t';
    this.#indentUnit ??= detectIndentUnit(this.sourceCode.text, lineIndent);
    return this.#indentUnit;
  }
}

/**
 * Plans the rewrite of a group: returns null (report without a suggestion) when the rewrite cannot
 * keep the code's meaning, e.g. when `Promise` is not the global one.
 */
export function planRewrite(group: SequentialAwaitGroup, context: RewriteContext): RewritePlan | null {
  const { sourceCode } = context;
  const firstMember = group.members[0]!;
  if (isPromiseShadowed(sourceCode, firstMember.await)) return null;
  return new GroupRewriter(group, context).plan();
}

function isPromiseShadowed(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): boolean {
  const variable = ASTUtils.findVariable(sourceCode.getScope(node), 'Promise');
  return variable !== null && variable.defs.length > 0;
}

interface MemberRendering {
  readonly member: GroupMember;
  /** The pattern slot: a binding pattern, an assignment target, a fresh name, or '' for a hole. */
  target: string;
  type: string;
  readonly operand: string;
  /** Where the operand's text starts in the file (after the `await` keyword and any comment). */
  readonly operandRange: TSESTree.Range;
  readonly operandIndent: string;
  readonly operandHasMultilineTemplate: boolean;
  readonly commentsBefore: Comment[];
  readonly commentsAfter: Comment[];
  /** A member that awaits `Promise.all([...])` itself lends its elements to the combined array. */
  flattened: { readonly target: string; readonly operand: TSESTree.Node }[] | null;
}

class GroupRewriter {
  readonly #group: SequentialAwaitGroup;
  readonly #context: RewriteContext;
  readonly #sourceCode: Readonly<TSESLint.SourceCode>;
  readonly #text: string;
  readonly #renderings = new Map<GroupMember, MemberRendering>();
  readonly #leading = new Map<AnyStatement, Comment[]>();
  readonly #trailing = new Map<AnyStatement, Comment[]>();

  constructor(group: SequentialAwaitGroup, context: RewriteContext) {
    this.#group = group;
    this.#context = context;
    this.#sourceCode = context.sourceCode;
    this.#text = context.sourceCode.text;
  }

  plan(): RewritePlan {
    const group = this.#group;
    const { binding, direct } = chooseBinding(group);
    const removed = new Set<AnyStatement>(
      group.statements.filter(
        statement =>
          !group.inertStatements.has(statement) &&
          group.members.filter(member => member.statement === statement).every(member => member.shape.kind === 'discard' || direct.has(member)),
      ),
    );
    this.#assignGapComments();
    for (const member of group.members) this.#renderings.set(member, this.#renderMember(member));
    // hoisted values need names; hand them out in order so the names read top to bottom
    const replacements = new Map<AnyStatement, { range: TSESTree.Range; text: string }[]>();
    for (const member of group.members) {
      const rendering = this.#renderings.get(member)!;
      if (member.shape.kind === 'discard' || direct.has(member)) {
        rendering.target = member.shape.kind === 'discard' ? '' : this.#directTarget(member);
        rendering.type = member.shape.kind === 'declare' ? this.#typeText(member.shape.declarator) : 'unknown';
        if (!(binding.kind === 'declaration' && binding.typed)) rendering.flattened = this.#flatten(member);
        continue;
      }
      const outer = outermostParenthesized(this.#sourceCode, member.await);
      const name = this.#context.names.allocate(suggestName(member.await), this.#sourceCode.getScope(member.await));
      rendering.target = name;
      const list = replacements.get(member.statement) ?? [];
      list.push(this.#replacementFor(member, outer, name, rendering));
      replacements.set(member.statement, list);
    }
    for (const statement of removed) this.#collectOrphanComments(statement);

    const first = group.statements[0]!;
    const arrowBody = first.type === 'ArrowExpressionBody' ? first : null;
    const baseIndent = arrowBody
      ? getLineIndent(this.#text, arrowBody.arrow.range[0])
      : getLineIndent(this.#text, first.range[0]);
    const unit = this.#context.indentUnit(baseIndent);
    const indent = arrowBody ? baseIndent + unit : baseIndent;
    const semicolon = usesSemicolons(this.#sourceCode, arrowBody ? enclosingStatement(arrowBody.arrow) : (first as TSESTree.Node)) ? ';' : '';

    const chunks: string[] = [];
    for (const statement of group.statements) {
      if (group.inertStatements.has(statement)) chunks.push(...this.#statementChunks(statement, this.#sliceOf(statement), indent));
    }
    chunks.push(this.#combinedStatement(binding, indent, unit, semicolon, needsAsiGuard(this.#sourceCode, first, binding)));
    for (const statement of group.statements) {
      if (group.inertStatements.has(statement) || removed.has(statement)) continue;
      const body = applyReplacements(this.#text, statement.range, replacements.get(statement) ?? []);
      const code = statement.type === 'ArrowExpressionBody' ? `return ${body}${semicolon}` : body;
      chunks.push(...this.#statementChunks(statement, code, indent));
    }

    if (arrowBody) {
      const arrowToken = this.#sourceCode.getTokenBefore(arrowBody.expression, token => token.value === '=>')!;
      const stray = this.#commentsIn([arrowToken.range[1], arrowBody.arrow.range[1]]).filter(comment => !isWithin(comment, arrowBody.expression));
      const strayLines = stray.map(comment => this.#text.slice(...comment.range));
      return {
        range: [arrowToken.range[1], arrowBody.arrow.range[1]],
        text: ` {\n${indent}${[...strayLines, ...chunks].join(`\n${indent}`)}\n${baseIndent}}`,
      };
    }
    const last = group.statements.at(-1)!;
    return { range: [first.range[0], last.range[1]], text: chunks.join(`\n${indent}`) };
  }

  /** Leading comments above, the statement, trailing comments on its last line. */
  #statementChunks(statement: AnyStatement, code: string, indent: string): string[] {
    const leading = (this.#leading.get(statement) ?? []).map(comment => this.#text.slice(...comment.range));
    const trailing = (this.#trailing.get(statement) ?? []).map(comment => this.#text.slice(...comment.range));
    const originalIndent = getLineIndent(this.#text, statement.range[0]);
    const moved = reindent(code, originalIndent, indent, hasMultilineTemplate(this.#sourceCode, statement));
    return [...leading, trailing.length > 0 ? `${moved} ${trailing.join(' ')}` : moved];
  }

  #combinedStatement(binding: Binding, indent: string, unit: string, semicolon: string, asiGuard: boolean): string {
    const renderings = this.#group.members.flatMap(member => this.#expand(this.#renderings.get(member)!));
    let slots = renderings.map(rendering => rendering.target);
    let types = renderings.map(rendering => rendering.type);
    while (slots.length > 0 && slots.at(-1) === '') {
      slots = slots.slice(0, -1);
      types = types.slice(0, -1);
    }
    let head = '';
    if (slots.length > 0) {
      const pattern = `[${slots.join(', ')}]`;
      if (binding.kind === 'assignment') head = `${asiGuard ? ';' : ''}${pattern} = `;
      else {
        const keyword = binding.kind === 'declaration' ? binding.keyword : 'const';
        const annotation = binding.kind === 'declaration' && binding.typed ? `: [${types.join(', ')}]` : '';
        head = `${keyword} ${pattern}${annotation} = `;
      }
    }
    const singleLine = `${head}await Promise.all([${renderings.map(rendering => rendering.operand).join(', ')}])${semicolon}`;
    const needsLines =
      renderings.some(rendering => rendering.commentsBefore.length > 0 || rendering.commentsAfter.length > 0 || rendering.operand.includes('\n')) ||
      indent.length + singleLine.length > MAX_LINE_LENGTH;
    if (!needsLines) return singleLine;
    const inner = indent + unit;
    const lines: string[] = [];
    for (const rendering of renderings) {
      for (const comment of rendering.commentsBefore) lines.push(inner + this.#text.slice(...comment.range));
      const operand = reindent(rendering.operand, rendering.operandIndent, inner, rendering.operandHasMultilineTemplate);
      const after = rendering.commentsAfter.map(comment => this.#text.slice(...comment.range)).join(' ');
      lines.push(`${inner}${operand},${after ? ` ${after}` : ''}`);
    }
    return `${head}await Promise.all([\n${lines.join('\n')}\n${indent}])${semicolon}`;
  }

  /**
   * `const [a, b] = await Promise.all([f(), g()])` in a group: its elements join the combined
   * array one by one instead of nesting one `Promise.all` in another. Only when every element is
   * a plain expression and the pattern (if any) is an array pattern without rest or extra slots.
   */
  #flatten(member: GroupMember): MemberRendering['flattened'] {
    const operand = member.await.argument;
    if (
      operand.type !== AST_NODE_TYPES.CallExpression ||
      operand.callee.type !== AST_NODE_TYPES.MemberExpression ||
      operand.callee.object.type !== AST_NODE_TYPES.Identifier ||
      operand.callee.object.name !== 'Promise' ||
      operand.callee.property.type !== AST_NODE_TYPES.Identifier ||
      operand.callee.property.name !== 'all' ||
      operand.arguments.length !== 1 ||
      operand.arguments[0]!.type !== AST_NODE_TYPES.ArrayExpression
    ) {
      return null;
    }
    const elements = operand.arguments[0].elements;
    if (elements.some(element => element === null || element.type === AST_NODE_TYPES.SpreadElement)) return null;
    if (this.#commentsIn(operand.range).length > 0) return null;
    let targets: string[];
    if (member.shape.kind === 'discard') {
      targets = elements.map(() => '');
    } else if (member.shape.kind === 'declare' && member.shape.declarator.id.type === AST_NODE_TYPES.ArrayPattern) {
      const pattern = member.shape.declarator.id.elements;
      if (pattern.length > elements.length || pattern.some(element => element?.type === AST_NODE_TYPES.RestElement)) return null;
      targets = elements.map((_, index) => {
        const element = pattern[index];
        return element ? this.#text.slice(...element.range) : '';
      });
    } else {
      return null;
    }
    return elements.map((element, index) => ({ target: targets[index]!, operand: element! }));
  }

  /** A member as the slots it takes in the combined pattern and array. */
  #expand(rendering: MemberRendering): MemberRendering[] {
    const flattened = rendering.flattened;
    if (!flattened) return [rendering];
    return flattened.map((slot, index) => ({
      ...rendering,
      target: slot.target,
      type: 'unknown',
      operand: this.#text.slice(...slot.operand.range),
      operandRange: slot.operand.range,
      operandIndent: getLineIndent(this.#text, slot.operand.range[0]),
      operandHasMultilineTemplate: hasMultilineTemplate(this.#sourceCode, slot.operand),
      commentsBefore: index === 0 ? rendering.commentsBefore : [],
      commentsAfter: index === flattened.length - 1 ? rendering.commentsAfter : [],
      flattened: null,
    }));
  }

  #renderMember(member: GroupMember): MemberRendering {
    const awaitToken = this.#sourceCode.getFirstToken(member.await)!;
    const operandStart = this.#sourceCode.getTokenAfter(awaitToken, { includeComments: true })!.range[0];
    return {
      member,
      target: '',
      type: 'unknown',
      operand: this.#text.slice(operandStart, member.await.range[1]),
      operandRange: [operandStart, member.await.range[1]],
      operandIndent: getLineIndent(this.#text, operandStart),
      operandHasMultilineTemplate: hasMultilineTemplate(this.#sourceCode, member.await),
      commentsBefore: [],
      commentsAfter: [],
      flattened: null,
    };
  }

  #directTarget(member: GroupMember): string {
    if (member.shape.kind === 'assign') return this.#text.slice(...member.shape.assignment.left.range);
    if (member.shape.kind !== 'declare') return '';
    const id = member.shape.declarator.id;
    const end = id.typeAnnotation ? id.typeAnnotation.range[0] : id.range[1];
    return this.#text.slice(id.range[0], end).trimEnd();
  }

  #typeText(declarator: TSESTree.VariableDeclarator): string {
    const annotation = declarator.id.typeAnnotation;
    return annotation ? this.#text.slice(...annotation.typeAnnotation.range) : 'unknown';
  }

  /** The text that takes an await's place: its fresh name, as a shorthand property when it can be. */
  #replacementFor(member: GroupMember, outer: TSESTree.Range, name: string, rendering: MemberRendering): { range: TSESTree.Range; text: string } {
    // comments inside the parentheses around the await, but not in the operand that moves
    for (const comment of this.#commentsIn(outer)) {
      if (!this.#isInOperand(comment, rendering)) rendering.commentsBefore.push(comment);
    }
    const property = member.await.parent;
    if (
      property.type === AST_NODE_TYPES.Property &&
      property.parent.type === AST_NODE_TYPES.ObjectExpression &&
      property.kind === 'init' &&
      !property.computed &&
      !property.method &&
      !property.shorthand &&
      property.key.type === AST_NODE_TYPES.Identifier &&
      property.key.name === name &&
      property.range[1] === outer[1] &&
      this.#commentsIn(property.range).length === 0
    ) {
      return { range: property.range, text: name };
    }
    return { range: outer, text: name };
  }

  #isInOperand(comment: Comment, rendering: MemberRendering): boolean {
    return comment.range[0] >= rendering.operandRange[0] && comment.range[1] <= rendering.operandRange[1];
  }

  /** Splits the comments between statements into trailing ones (same line) and leading ones. */
  #assignGapComments(): void {
    const statements = this.#group.statements;
    for (let index = 1; index < statements.length; index++) {
      const previous = statements[index - 1]!;
      const current = statements[index]!;
      const previousEndLine = this.#sourceCode.getLocFromIndex(previous.range[1]).line;
      for (const comment of this.#commentsIn([previous.range[1], current.range[0]])) {
        const target = comment.loc.start.line === previousEndLine ? this.#trailing : this.#leading;
        const owner = comment.loc.start.line === previousEndLine ? previous : current;
        const list = target.get(owner) ?? [];
        list.push(comment);
        target.set(owner, list);
      }
    }
  }

  /**
   * A statement folded into the combined await keeps its comments: the ones around it and the
   * ones inside it that are not inside a piece of code that moves (pattern, type, operand).
   */
  #collectOrphanComments(statement: AnyStatement): void {
    const members = this.#group.members.filter(member => member.statement === statement);
    this.#renderings.get(members[0]!)!.commentsBefore.unshift(...(this.#leading.get(statement) ?? []));
    this.#renderings.get(members.at(-1)!)!.commentsAfter.push(...(this.#trailing.get(statement) ?? []));
    const kept: TSESTree.Range[] = [];
    for (const member of members) {
      kept.push(this.#renderings.get(member)!.operandRange);
      if (member.shape.kind === 'declare') {
        const id = member.shape.declarator.id;
        kept.push([id.range[0], id.typeAnnotation ? id.typeAnnotation.range[0] : id.range[1]]);
        if (id.typeAnnotation) kept.push(id.typeAnnotation.typeAnnotation.range);
      } else if (member.shape.kind === 'assign') {
        kept.push(member.shape.assignment.left.range);
      }
    }
    for (const comment of this.#commentsIn(statement.range)) {
      if (kept.some(range => comment.range[0] >= range[0] && comment.range[1] <= range[1])) continue;
      const owner = members.find(member => member.await.range[0] >= comment.range[1]) ?? members.at(-1)!;
      const rendering = this.#renderings.get(owner)!;
      if (owner.await.range[0] >= comment.range[1]) rendering.commentsBefore.push(comment);
      else rendering.commentsAfter.push(comment);
    }
  }

  #commentsIn(range: TSESTree.Range): Comment[] {
    return this.#sourceCode.getAllComments().filter(comment => comment.range[0] >= range[0] && comment.range[1] <= range[1]);
  }

  #sliceOf(statement: AnyStatement): string {
    return this.#text.slice(...statement.range);
  }
}

/**
 * Which members bind straight into the combined pattern, and how the pattern binds:
 * - all declarations of one kind, annotated all or none: `const [a, b]: [A, B] = …`;
 * - all assignments: `[x, this.y] = …`;
 * - otherwise a `const` pattern binds the unannotated `const` declarations, and every other member
 *   gets a fresh name that its statement then uses (`let b = posts;`), so no `const` becomes `let`.
 */
function chooseBinding(group: SequentialAwaitGroup): { binding: Binding; direct: Set<GroupMember> } {
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

/** Whether every declarator of the member's declaration is a member of the group. */
function isWholeDeclarationOfGroup(member: GroupMember, group: SequentialAwaitGroup): boolean {
  const declaration = declarationOf(member.statement);
  if (!declaration) return false;
  return declaration.declarations.every(declarator =>
    group.members.some(other => other.shape.kind === 'declare' && other.shape.declarator === declarator),
  );
}

function declarationOf(statement: MemberStatement): TSESTree.VariableDeclaration | null {
  if (statement.type === AST_NODE_TYPES.VariableDeclaration) return statement;
  if (statement.type === AST_NODE_TYPES.ExportNamedDeclaration && statement.declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
    return statement.declaration;
  }
  return null;
}

/** `const`, `let`, `var`, or `export const`…: what the combined declaration must start with. */
function declarationKeyword(member: GroupMember): string {
  const declaration = declarationOf(member.statement)!;
  return member.statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? `export ${declaration.kind}` : declaration.kind;
}

/** The range of a node with all the parentheses that wrap it. */
function outermostParenthesized(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): TSESTree.Range {
  let levels = 0;
  while (ASTUtils.isParenthesized(levels + 1, node, sourceCode)) levels++;
  if (levels === 0) return node.range;
  let before: TSESTree.Token | TSESTree.Node = node;
  let after: TSESTree.Token | TSESTree.Node = node;
  for (let level = 0; level < levels; level++) {
    before = sourceCode.getTokenBefore(before)!;
    after = sourceCode.getTokenAfter(after)!;
  }
  return [before.range[0], after.range[1]];
}

function applyReplacements(text: string, range: TSESTree.Range, replacements: readonly { range: TSESTree.Range; text: string }[]): string {
  let result = '';
  let position = range[0];
  for (const replacement of [...replacements].sort((a, b) => a.range[0] - b.range[0])) {
    result += text.slice(position, replacement.range[0]) + replacement.text;
    position = replacement.range[1];
  }
  return result + text.slice(position, range[1]);
}

function hasMultilineTemplate(sourceCode: Readonly<TSESLint.SourceCode>, node: { range: TSESTree.Range }): boolean {
  const text = sourceCode.text.slice(...node.range);
  if (!text.includes('`')) return false;
  return sourceCode.ast.tokens.some(
    token => token.type === 'Template' && token.range[0] >= node.range[0] && token.range[1] <= node.range[1] && token.value.includes('\n'),
  );
}

/**
 * `[a, b] = …` after a statement that does not end in `;` would continue that statement
 * (`foo()\n[a, b] = …` reads as `foo()[a, b] = …`), so the pattern needs a leading `;`.
 */
function needsAsiGuard(sourceCode: Readonly<TSESLint.SourceCode>, first: AnyStatement, binding: Binding): boolean {
  if (binding.kind !== 'assignment' || first.type === 'ArrowExpressionBody') return false;
  const previous = sourceCode.getTokenBefore(first);
  if (!previous) return false;
  if (previous.value === ';' || previous.value === '{' || previous.value === ':') return false;
  if (previous.value === '}') {
    const node = sourceCode.getNodeByRangeIndex(previous.range[0]);
    return node !== null && !isBlockLike(node);
  }
  return true;
}

function isBlockLike(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.BlockStatement ||
    node.type === AST_NODE_TYPES.ClassBody ||
    node.type === AST_NODE_TYPES.SwitchStatement ||
    node.type === AST_NODE_TYPES.StaticBlock ||
    node.type === AST_NODE_TYPES.TSInterfaceBody ||
    node.type === AST_NODE_TYPES.TSModuleBlock
  );
}

function enclosingStatement(node: TSESTree.Node): TSESTree.Node {
  let current: TSESTree.Node = node;
  while (current.parent && !/Statement$|Declaration$/.test(current.type)) current = current.parent;
  return current;
}
