import { AST_NODE_TYPES, ASTUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { isWithin } from '../analysis/ast.js';
import type { ArrowExpressionBody, GroupMember, SequentialAwaitGroup } from '../analysis/types.js';
import { chooseBinding, keywordOf, leadingDeclaratorsOf, type Binding } from './binding.js';
import { assignGapComments, FileComments } from './comments.js';
import { NameAllocator, suggestName } from './fresh-names.js';
import { readsBeforeDeclaration } from './hoist-safety.js';
import {
  applyReplacements,
  detectIndentUnit,
  enclosingStatement,
  getLineIndent,
  hasMultilineTemplate,
  needsAsiGuard,
  outermostParenthesized,
  reindent,
  usesSemicolons,
} from './source-layout.js';

/** One text replacement that turns a group into a single `await Promise.all([...])`. */
export interface RewritePlan {
  readonly range: TSESTree.Range;
  readonly text: string;
}

type AnyStatement = TSESTree.Statement | ArrowExpressionBody;
type Comment = TSESTree.Comment;
type Replacement = { range: TSESTree.Range; text: string };

const MAX_LINE_LENGTH = 80;

/** What a rewrite needs of the file, computed once per file however many groups it has. */
export class RewriteContext {
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  readonly names: NameAllocator;
  readonly comments: FileComments;
  /** Whether the file is TypeScript, where a rewrite may need a type assertion JavaScript does not have. */
  readonly isTypeScript: boolean;
  #indentUnit: string | null = null;

  constructor(sourceCode: Readonly<TSESLint.SourceCode>, filename = '') {
    this.sourceCode = sourceCode;
    this.names = new NameAllocator();
    this.comments = new FileComments(sourceCode);
    this.isTypeScript = /\.[mc]?tsx?$/.test(filename);
  }

  indentUnit(lineIndent: string): string {
    if (lineIndent.includes('\t')) return '\t';
    this.#indentUnit ??= detectIndentUnit(this.sourceCode.text, lineIndent);
    return this.#indentUnit;
  }
}

/**
 * Plans the rewrite of a group: returns null (report without a suggestion) when the rewrite cannot
 * keep the code's meaning: `Promise` is not the global one, or an operand would read a name
 * before its declaration.
 */
export function planRewrite(group: SequentialAwaitGroup, context: RewriteContext): RewritePlan | null {
  const { sourceCode } = context;
  if (isPromiseShadowed(sourceCode, group.members[0]!.await)) return null;
  const rewriter = new GroupRewriter(group, context);
  if (readsBeforeDeclaration(group, rewriter.declaredFirst, sourceCode)) return null;
  return rewriter.plan();
}

function isPromiseShadowed(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): boolean {
  const variable = ASTUtils.findVariable(sourceCode.getScope(node), 'Promise');
  return variable !== null && variable.defs.length > 0;
}

/** How one member (or one element of a flattened `Promise.all`) appears in the combined statement. */
interface Slot {
  /** The pattern slot: a binding pattern, an assignment target, a fresh name, or '' for a hole. */
  readonly target: string;
  readonly type: string;
  readonly operand: string;
  /** Where the operand's text starts in the file (after the `await` keyword and any comment). */
  readonly operandRange: TSESTree.Range;
  readonly operandIndent: string;
  readonly operandHasMultilineTemplate: boolean;
  readonly commentsBefore: Comment[];
  readonly commentsAfter: Comment[];
}

class GroupRewriter {
  readonly #group: SequentialAwaitGroup;
  readonly #context: RewriteContext;
  readonly #sourceCode: Readonly<TSESLint.SourceCode>;
  readonly #text: string;
  readonly #leading: Map<AnyStatement, Comment[]>;
  readonly #trailing: Map<AnyStatement, Comment[]>;
  /** Per member statement: the declarators before its first member, declared on their own first. */
  readonly #leadingDeclarators = new Map<AnyStatement, TSESTree.VariableDeclarator[]>();

  constructor(group: SequentialAwaitGroup, context: RewriteContext) {
    this.#group = group;
    this.#context = context;
    this.#sourceCode = context.sourceCode;
    this.#text = context.sourceCode.text;
    ({ leading: this.#leading, trailing: this.#trailing } = assignGapComments(group.statements, this.#sourceCode, context.comments));
    for (const statement of group.statements) {
      if (group.inertStatements.has(statement)) continue;
      const leading = leadingDeclaratorsOf(statement as GroupMember['statement'], group);
      if (leading.length > 0) this.#leadingDeclarators.set(statement, leading);
    }
  }

  /** The code that the rewrite places before the combined await: statements waiting between, and leading declarators. */
  get declaredFirst(): readonly TSESTree.Range[] {
    return [
      ...[...this.#group.inertStatements].map(statement => statement.range),
      ...[...this.#leadingDeclarators.values()].flat().map(declarator => declarator.range),
    ];
  }

  plan(): RewritePlan {
    const group = this.#group;
    const { binding, direct } = chooseBinding(group);
    const isFolded = (member: GroupMember): boolean => member.shape.kind === 'discard' || direct.has(member);
    const removed = new Set<AnyStatement>(
      group.statements.filter(
        statement => !group.inertStatements.has(statement) && group.members.filter(member => member.statement === statement).every(isFolded),
      ),
    );

    // hoisted values need names; hand them out in order so the names read top to bottom
    const replacements = new Map<AnyStatement, Replacement[]>();
    const slots = new Map<GroupMember, Slot[]>();
    for (const member of group.members) {
      if (isFolded(member)) {
        slots.set(member, this.#foldedSlots(member, binding));
        continue;
      }
      const name = this.#context.names.allocate(suggestName(member.await), this.#sourceCode.getScope(member.await));
      const { slot, replacement } = this.#hoistedSlot(member, name);
      slots.set(member, [slot]);
      const list = replacements.get(member.statement) ?? [];
      list.push(replacement);
      replacements.set(member.statement, list);
    }
    for (const statement of removed) this.#collectOrphanComments(statement, slots);

    const first = group.statements[0]!;
    const body = bracelessOwner(first);
    const arrowBody = first.type === 'ArrowExpressionBody' ? first : null;
    const baseIndent = arrowBody
      ? getLineIndent(this.#text, arrowBody.arrow.range[0])
      : body
        ? getLineIndent(this.#text, body.range[0])
        : getLineIndent(this.#text, first.range[0]);
    const unit = this.#context.indentUnit(baseIndent);
    const indent = arrowBody || body ? baseIndent + unit : baseIndent;
    const semicolon = usesSemicolons(this.#sourceCode, arrowBody ? enclosingStatement(arrowBody.arrow) : (first as TSESTree.Node)) ? ';' : '';

    const chunks: string[] = [];
    for (const statement of group.statements) {
      if (group.inertStatements.has(statement)) chunks.push(...this.#statementChunks(statement, this.#text.slice(...statement.range), indent));
      const leading = this.#leadingDeclarators.get(statement);
      if (leading) chunks.push(this.#leadingDeclaration(statement, leading, indent, semicolon));
    }
    // `[a, b] = …` must not continue what comes before it: a statement without `;` (`foo()\n[a, b] = …`)
    const asiGuard =
      binding.kind === 'assignment' &&
      (chunks.length > 0 ? !chunks.at(-1)!.trimEnd().endsWith(';') : first.type !== 'ArrowExpressionBody' && !body && needsAsiGuard(this.#sourceCode, first));
    const combined = group.members.flatMap(member => slots.get(member)!);
    chunks.push(this.#combinedStatement(combined, binding, indent, unit, semicolon, asiGuard));
    for (const statement of group.statements) {
      if (group.inertStatements.has(statement) || removed.has(statement)) continue;
      const ownReplacements = [...(replacements.get(statement) ?? []), ...this.#withoutLeading(statement)];
      const text = applyReplacements(this.#text, statement.range, ownReplacements);
      const code = statement.type === 'ArrowExpressionBody' ? `return ${text}${semicolon}` : text;
      chunks.push(...this.#statementChunks(statement, code, indent));
    }

    if (arrowBody) {
      const arrowToken = this.#sourceCode.getTokenBefore(arrowBody.expression, token => token.value === '=>')!;
      const stray = this.#context.comments.within([arrowToken.range[1], arrowBody.arrow.range[1]]).filter(comment => !isWithin(comment, arrowBody.expression));
      const strayLines = stray.map(comment => this.#text.slice(...comment.range));
      return {
        range: [arrowToken.range[1], arrowBody.arrow.range[1]],
        text: ` {\n${indent}${[...strayLines, ...chunks].join(`\n${indent}`)}\n${baseIndent}}`,
      };
    }
    const last = group.statements.at(-1)!;
    const text = chunks.join(`\n${indent}`);
    // the braceless body of an `if` or a loop becomes a block
    return { range: [first.range[0], last.range[1]], text: body ? `{\n${indent}${text}\n${baseIndent}}` : text };
  }

  /** Leading comments above, the statement, trailing comments on its last line. */
  #statementChunks(statement: AnyStatement, code: string, indent: string): string[] {
    const leading = (this.#leading.get(statement) ?? []).map(comment => this.#text.slice(...comment.range));
    const trailing = (this.#trailing.get(statement) ?? []).map(comment => this.#text.slice(...comment.range));
    const originalIndent = getLineIndent(this.#text, statement.range[0]);
    const node = statement.type === 'ArrowExpressionBody' ? statement.expression : statement;
    const moved = reindent(code, originalIndent, indent, hasMultilineTemplate(this.#sourceCode, node));
    return [...leading, trailing.length > 0 ? `${moved} ${trailing.join(' ')}` : moved];
  }

  /** `const limit = 20;` out of `const limit = 20, user = await getUser(id), …`: declared before the combined await. */
  #leadingDeclaration(statement: AnyStatement, leading: readonly TSESTree.VariableDeclarator[], indent: string, semicolon: string): string {
    const code = `${keywordOf(statement as GroupMember['statement'])} ${this.#text.slice(leading[0]!.range[0], leading.at(-1)!.range[1])}${semicolon}`;
    return reindent(code, getLineIndent(this.#text, statement.range[0]), indent, hasMultilineTemplate(this.#sourceCode, statement as TSESTree.Node));
  }

  /** Removes a statement's leading declarators from its own text (they are declared first). */
  #withoutLeading(statement: AnyStatement): Replacement[] {
    const leading = this.#leadingDeclarators.get(statement);
    if (!leading) return [];
    const next = this.#sourceCode.getTokenAfter(leading.at(-1)!, token => token.value === ',')!;
    const rest = this.#sourceCode.getTokenAfter(next, { includeComments: true })!;
    return [{ range: [leading[0]!.range[0], rest.range[0]], text: '' }];
  }

  #combinedStatement(slotsIn: readonly Slot[], binding: Binding, indent: string, unit: string, semicolon: string, asiGuard: boolean): string {
    let slots = slotsIn;
    while (slots.length > 0 && slots.at(-1)!.target === '') slots = slots.slice(0, -1);
    let head = '';
    if (slots.length > 0) {
      const pattern = `[${slots.map(slot => slot.target).join(', ')}]`;
      if (binding.kind === 'assignment') head = `${asiGuard ? ';' : ''}${pattern} = `;
      else {
        const keyword = binding.kind === 'declaration' ? binding.keyword : 'const';
        const annotation = binding.kind === 'declaration' && binding.typed ? `: [${slots.map(slot => slot.type).join(', ')}]` : '';
        head = `${keyword} ${pattern}${annotation} = `;
      }
    }
    const singleLine = `${head}await Promise.all([${slotsIn.map(slot => slot.operand).join(', ')}])${semicolon}`;
    const needsLines =
      slotsIn.some(slot => slot.commentsBefore.length > 0 || slot.commentsAfter.length > 0 || slot.operand.includes('\n')) ||
      indent.length + singleLine.length > MAX_LINE_LENGTH;
    if (!needsLines) return singleLine;
    const inner = indent + unit;
    const lines: string[] = [];
    for (const slot of slotsIn) {
      for (const comment of slot.commentsBefore) lines.push(inner + this.#text.slice(...comment.range));
      const operand = reindent(slot.operand, slot.operandIndent, inner, slot.operandHasMultilineTemplate);
      const after = slot.commentsAfter.map(comment => this.#text.slice(...comment.range)).join(' ');
      lines.push(`${inner}${operand},${after ? ` ${after}` : ''}`);
    }
    return `${head}await Promise.all([\n${lines.join('\n')}\n${indent}])${semicolon}`;
  }

  /** A member whose statement folds into the combined one: its pattern or target (or a hole) takes its slot, or its elements do. */
  #foldedSlots(member: GroupMember, binding: Binding): Slot[] {
    const operand = this.#operandSlot(member);
    const target = member.shape.kind === 'discard' ? '' : this.#directTarget(member);
    const type = member.shape.kind === 'declare' ? this.#typeText(member.shape.declarator) : 'unknown';
    const flattened = binding.kind === 'declaration' && binding.typed ? null : this.#flatten(member);
    if (!flattened) return [{ ...operand, target, type }];
    return flattened.map((element, index) => ({
      target: element.target,
      type: 'unknown',
      operand: this.#text.slice(...element.operand.range),
      operandRange: element.operand.range,
      operandIndent: getLineIndent(this.#text, element.operand.range[0]),
      operandHasMultilineTemplate: hasMultilineTemplate(this.#sourceCode, element.operand),
      commentsBefore: index === 0 ? operand.commentsBefore : [],
      commentsAfter: index === flattened.length - 1 ? operand.commentsAfter : [],
    }));
  }

  /**
   * A member hoisted out of its statement: its value gets a fresh name, which takes its place in
   * the statement (as a shorthand property when it can be).
   */
  #hoistedSlot(member: GroupMember, name: string): { slot: Slot; replacement: Replacement } {
    const operand = this.#operandSlot(member);
    const outer = outermostParenthesized(this.#sourceCode, member.await);
    // comments inside the parentheses around the await, but not in the operand that moves
    for (const comment of this.#context.comments.within(outer)) {
      if (!isWithin(comment, { range: operand.operandRange })) operand.commentsBefore.push(comment);
    }
    const property = member.await.parent;
    const isShorthand =
      property.type === AST_NODE_TYPES.Property &&
      property.parent.type === AST_NODE_TYPES.ObjectExpression &&
      property.kind === 'init' &&
      !property.computed &&
      !property.method &&
      !property.shorthand &&
      property.key.type === AST_NODE_TYPES.Identifier &&
      property.key.name === name &&
      property.range[1] === outer[1] &&
      this.#context.comments.within(property.range).length === 0;
    return { slot: { ...operand, target: name }, replacement: isShorthand ? { range: property.range, text: name } : { range: outer, text: name } };
  }

  /** A member's operand as the combined array's element. */
  #operandSlot(member: GroupMember): Slot & { commentsBefore: Comment[]; commentsAfter: Comment[] } {
    const awaitToken = this.#sourceCode.getFirstToken(member.await)!;
    const operandStart = this.#sourceCode.getTokenAfter(awaitToken, { includeComments: true })!.range[0];
    return {
      target: '',
      type: 'unknown',
      operand: this.#text.slice(operandStart, member.await.range[1]),
      operandRange: [operandStart, member.await.range[1]],
      operandIndent: getLineIndent(this.#text, operandStart),
      operandHasMultilineTemplate: hasMultilineTemplate(this.#sourceCode, member.await),
      commentsBefore: [],
      commentsAfter: [],
    };
  }

  /**
   * `const [a, b] = await Promise.all([f(), g()])` in a group: its elements join the combined
   * array one by one instead of nesting one `Promise.all` in another. Only when every element is
   * a plain expression and the pattern (if any) is an array pattern without rest or extra slots.
   */
  #flatten(member: GroupMember): { readonly target: string; readonly operand: TSESTree.Node }[] | null {
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
    if (this.#context.comments.within(operand.range).length > 0) return null;
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

  /**
   * A statement folded into the combined await keeps its comments: the ones around it and the
   * ones inside it that are not inside a piece of code that moves (pattern, type, operand, the
   * declarators declared first).
   */
  #collectOrphanComments(statement: AnyStatement, slots: Map<GroupMember, Slot[]>): void {
    const members = this.#group.members.filter(member => member.statement === statement);
    slots.get(members[0]!)![0]!.commentsBefore.unshift(...(this.#leading.get(statement) ?? []));
    slots
      .get(members.at(-1)!)!
      .at(-1)!
      .commentsAfter.push(...(this.#trailing.get(statement) ?? []));
    const kept: TSESTree.Range[] = [];
    for (const declarator of this.#leadingDeclarators.get(statement) ?? []) kept.push(declarator.range);
    for (const member of members) {
      for (const slot of slots.get(member)!) kept.push(slot.operandRange);
      kept.push(member.await.argument.range);
      if (member.shape.kind === 'declare') {
        const id = member.shape.declarator.id;
        kept.push([id.range[0], id.typeAnnotation ? id.typeAnnotation.range[0] : id.range[1]]);
        if (id.typeAnnotation) kept.push(id.typeAnnotation.typeAnnotation.range);
      } else if (member.shape.kind === 'assign') {
        kept.push(member.shape.assignment.left.range);
      }
    }
    for (const comment of this.#context.comments.within(statement.range)) {
      if (kept.some(range => comment.range[0] >= range[0] && comment.range[1] <= range[1])) continue;
      const owner = members.find(member => member.await.range[0] >= comment.range[1]) ?? members.at(-1)!;
      const ownerSlots = slots.get(owner)!;
      if (owner.await.range[0] >= comment.range[1]) ownerSlots[0]!.commentsBefore.push(comment);
      else ownerSlots.at(-1)!.commentsAfter.push(comment);
    }
  }
}

/** The statement whose braceless body `statement` is (`if (x) return …`), or null. */
function bracelessOwner(statement: AnyStatement): TSESTree.Node | null {
  if (statement.type === 'ArrowExpressionBody') return null;
  const parent = statement.parent;
  switch (parent?.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ForStatement:
    case AST_NODE_TYPES.ForInStatement:
    case AST_NODE_TYPES.ForOfStatement:
    case AST_NODE_TYPES.WhileStatement:
    case AST_NODE_TYPES.DoWhileStatement:
    case AST_NODE_TYPES.LabeledStatement:
      return parent;
    default:
      return null;
  }
}
