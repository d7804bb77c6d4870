import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { isFunctionNode, isWithin, pushChildren, skipTypeWrappers } from './ast.js';
import { getListStatements, locateAwait, type AwaitSite } from './await-sites.js';
import { compileCalleePatterns } from './callee-patterns.js';
import { getWorkStart } from './called-names.js';
import { isInertStatement } from './inert-statements.js';
import { DEFAULT_EFFECT_VERBS } from './order-sensitive-names.js';
import { getOrderSensitivity, isSerializedFunction, opensSerializedSection, type OrderPolicy } from './order-sensitivity.js';
import { dependsOn, EffectsIndex, mergeEffects, sharesAnything, THIS, type Effects, type ObjectUse, type VariableKey } from './statement-effects.js';
import type { AnalysisOptions, ArrowExpressionBody, GroupMember, MemberShape, MemberStatement, SequentialAwaitGroup } from './types.js';

export interface SourceFacts {
  /** Every `await` expression of the file, in any order. */
  readonly awaits: readonly TSESTree.AwaitExpression[];
  readonly scopeManager: TSESLint.Scope.ScopeManager;
  /** Which keys of each node type hold its children (ESLint's `sourceCode.visitorKeys`). */
  readonly visitorKeys: TSESLint.SourceCode.VisitorKeys;
  /** The file's text. */
  readonly text: string;
}

type ListStatement = TSESTree.Statement | ArrowExpressionBody;

interface OperandUse {
  readonly text: string;
  /** Objects the operand calls a method on (`api` in `api.get()`, `this` in `this.load()`). */
  readonly receivers: ReadonlySet<unknown>;
  /** Objects the operand uses whole, e.g. passes on (`cache` in `warm(cache)`). */
  readonly bare: ReadonlySet<unknown>;
}

/** What one statement brings to the scan: members to add, or a reason to end the group. */
type StatementVerdict =
  | { readonly kind: 'members'; readonly members: GroupMember[]; readonly endsGroupAfter: boolean; readonly isOrderedEffect: boolean }
  | { readonly kind: 'barrier'; readonly opensSerializedSection: boolean };

interface OpenGroup {
  readonly members: GroupMember[];
  readonly statements: ListStatement[];
  readonly inertStatements: Set<TSESTree.Node | ArrowExpressionBody>;
  /** What the members' statements write and touch: computed when a later statement first asks. */
  effects: Effects | null;
  /** Member statements not yet in `effects`, with whether each is an ordered effect. */
  readonly pendingEffects: { statement: ListStatement; isOrderedEffect: boolean }[];
  endsAfterLastMember: boolean;
}

/**
 * Finds the groups of awaits in a file that run one after another, do not depend on each other,
 * and could start together. Pure: it reads the AST and scopes and reports nothing itself.
 */
export function findSequentialAwaitGroups(facts: SourceFacts, options: AnalysisOptions): SequentialAwaitGroup[] {
  const finder = new GroupFinder(facts, options);
  return finder.find();
}

class GroupFinder {
  readonly #facts: SourceFacts;
  readonly #options: AnalysisOptions;
  readonly #policy: OrderPolicy;
  #effectsIndex: EffectsIndex | null = null;
  readonly #serializedRanges: TSESTree.Range[] = [];
  readonly #serializedFunctions = new Map<TSESTree.Node, boolean>();
  /** How each member's operand uses objects, computed when a later member is checked against it. */
  readonly #operandUses = new Map<GroupMember, OperandUse>();
  readonly #groups: SequentialAwaitGroup[] = [];

  constructor(facts: SourceFacts, options: AnalysisOptions) {
    this.#facts = facts;
    this.#options = options;
    let effectVerbs: ReadonlySet<string> | null = isDefaultVerbList(options.effectVerbs) ? DEFAULT_EFFECT_VERB_SET : null;
    this.#policy = {
      effectVerbs: () => (effectVerbs ??= new Set(options.effectVerbs.map(verb => verb.toLowerCase()))),
      isIgnoredCallee: compileCalleePatterns(options.ignoreCallees),
      effectNames: new Map(),
      serializingNames: new Map(),
    };
  }

  find(): SequentialAwaitGroup[] {
    const lists = new Map<TSESTree.Node, Map<ListStatement, AwaitSite[]>>();
    const arrowBodies = new Map<TSESTree.ArrowFunctionExpression, ArrowExpressionBody>();
    for (const awaitNode of this.#facts.awaits) {
      const site = locateAwait(awaitNode, arrowBodies);
      if (!site) continue;
      let homes = lists.get(site.list);
      if (!homes) lists.set(site.list, (homes = new Map()));
      const sites = homes.get(site.home);
      if (sites) sites.push(site);
      else homes.set(site.home, [site]);
    }
    // outer lists first, so that a serialized section opened in one covers the lists nested in it
    const ordered = [...lists].sort(([a], [b]) => a.range[0] - b.range[0]);
    for (const [list, homes] of ordered) {
      for (const sites of homes.values()) sites.sort((a, b) => a.await.range[0] - b.await.range[0]);
      this.#scanList(list, homes);
    }
    return this.#groups;
  }

  #scanList(list: TSESTree.Node, homes: Map<ListStatement, AwaitSite[]>): void {
    let siteCount = 0;
    for (const sites of homes.values()) siteCount += sites.length;
    if (siteCount < this.#options.minGroupSize) {
      // too few awaits for a group; all that matters is whether one opens a serialized section
      for (const [statement, sites] of homes) {
        if (sites.some(site => opensSection(site, this.#policy))) this.#serializedRanges.push([statement.range[1], list.range[1]]);
      }
      return;
    }
    const statements: readonly ListStatement[] =
      list.type === AST_NODE_TYPES.ArrowFunctionExpression ? [...homes.keys()] : getListStatements(list as Parameters<typeof getListStatements>[0]);
    let group: OpenGroup | null = null;
    let pendingInert: ListStatement[] = [];
    const close = (): void => {
      if (group && group.members.length >= this.#options.minGroupSize) {
        this.#groups.push({ members: group.members, statements: group.statements, inertStatements: group.inertStatements });
      }
      group = null;
      pendingInert = [];
    };

    for (const statement of statements) {
      const sites = homes.get(statement);
      if (!sites) {
        if (group && statement.type !== 'ArrowExpressionBody' && isInertStatement(statement, this.#facts.visitorKeys) && !dependsOn(this.#effectsOf(statement), this.#groupEffects(group))) {
          pendingInert.push(statement);
        } else {
          close();
        }
        continue;
      }
      const verdict = this.#judgeStatement(statement, sites);
      if (verdict.kind === 'barrier') {
        close();
        if (verdict.opensSerializedSection) this.#serializedRanges.push([statement.range[1], list.range[1]]);
        continue;
      }
      const current = group as OpenGroup | null;
      if (current && (current.endsAfterLastMember || this.#dependsOnGroup(statement, verdict, current))) close();
      const open: OpenGroup = (group as OpenGroup | null) ?? {
        members: [],
        statements: [],
        inertStatements: new Set(),
        effects: null,
        pendingEffects: [],
        endsAfterLastMember: false,
      };
      for (const inert of pendingInert) {
        open.statements.push(inert);
        open.inertStatements.add(inert);
      }
      pendingInert = [];
      open.members.push(...verdict.members);
      open.statements.push(statement);
      open.pendingEffects.push({ statement, isOrderedEffect: verdict.isOrderedEffect });
      open.endsAfterLastMember = verdict.endsGroupAfter;
      group = open;
    }
    close();
  }

  /**
   * Whether a member statement must not join the open group: its operands (the only part that
   * moves into the combined await) read what the group wrote, or it is an ordered effect on
   * something the group touches.
   */
  #dependsOnGroup(statement: ListStatement, verdict: StatementVerdict & { kind: 'members' }, group: OpenGroup): boolean {
    const groupEffects = this.#groupEffects(group);
    const operandEffects = mergeEffects(verdict.members.map(member => this.#effectsOf(member.await.argument)));
    if (dependsOn(operandEffects, groupEffects)) return true;
    const earlier = group.members.map(member => this.#operandUse(member));
    if (verdict.members.some(member => conflictsWithOperands(this.#operandUse(member), earlier))) return true;
    return verdict.isOrderedEffect && sharesAnything(this.#effectsOf(statement), groupEffects);
  }

  #operandUse(member: GroupMember): OperandUse {
    let known = this.#operandUses.get(member);
    if (!known) {
      const operand = member.await.argument;
      const uses = this.#effectsOf(operand).objectUses;
      known = {
        text: this.#facts.text.slice(...operand.range).replace(/\s+/g, ''),
        receivers: new Set(uses.filter(use => use.isMethodCall).map(use => use.root)),
        bare: new Set(uses.filter(use => use.property === null && !use.isMethodCall).map(use => use.root)),
      };
      this.#operandUses.set(member, known);
    }
    return known;
  }

  #groupEffects(group: OpenGroup): Effects {
    if (group.pendingEffects.length > 0) {
      const parts = group.pendingEffects.map(({ statement, isOrderedEffect }) => {
        const effects = this.#effectsOf(statement);
        return isOrderedEffect ? asOrderedEffect(effects) : effects;
      });
      group.effects = mergeEffects(group.effects ? [group.effects, ...parts] : parts);
      group.pendingEffects.length = 0;
    }
    return group.effects ?? mergeEffects([]);
  }

  /** Whether a statement's awaits can join a group, and how; or why it is a barrier. */
  #judgeStatement(statement: ListStatement, sites: readonly AwaitSite[]): StatementVerdict {
    let opens = false;
    let barrier = false;
    for (const site of sites) {
      if (opensSection(site, this.#policy)) opens = true;
      if (!this.#canJoin(site, sites)) barrier = true;
    }
    if (barrier || !sites[0]!.homeCanHoldMembers || this.#isSerialized(sites[0]!.await)) {
      return { kind: 'barrier', opensSerializedSection: opens };
    }
    const members = sites.map(site => ({ await: site.await, statement: statement as MemberStatement, shape: getShape(site, statement) }));
    if (!hasOnlyHoistableCodeBefore(statement, members, this.#facts.visitorKeys)) return { kind: 'barrier', opensSerializedSection: false };
    const hasNested = members.some(member => member.shape.kind === 'nested');
    return {
      kind: 'members',
      members,
      isOrderedEffect: members.some(member => member.shape.kind === 'discard'),
      endsGroupAfter:
        statement.type === AST_NODE_TYPES.ReturnStatement ||
        statement.type === 'ArrowExpressionBody' ||
        (statement.type === AST_NODE_TYPES.ExpressionStatement &&
          hasNested &&
          skipTypeWrappers(statement.expression).type !== AST_NODE_TYPES.AssignmentExpression),
    };
  }

  /** Whether one await may be a group member: it starts work, its result is used, order does not matter. */
  #canJoin(site: AwaitSite, siblings: readonly AwaitSite[]): boolean {
    if (site.conditional) return false;
    const start = getWorkStart(site.await.argument);
    if (!start) return false;
    if (siblings.some(other => other !== site && isWithin(other.await, site.await.argument))) return false;
    if (site.discarded && !(this.#options.groupDiscardedAwaits && site.isExpressionStatement)) return false;
    return getOrderSensitivity(start, this.#policy) === null;
  }

  /** Inside a transaction, a lock, or after a section-opening call in an enclosing block. */
  #isSerialized(node: TSESTree.Node): boolean {
    if (this.#serializedRanges.some(range => node.range[0] >= range[0] && node.range[1] <= range[1])) return true;
    for (let parent = node.parent; parent; parent = parent.parent) {
      if (!isFunctionNode(parent)) continue;
      let serialized = this.#serializedFunctions.get(parent);
      if (serialized === undefined) {
        serialized = isSerializedFunction(parent);
        this.#serializedFunctions.set(parent, serialized);
      }
      if (serialized) return true;
    }
    return false;
  }

  #effectsOf(node: TSESTree.Node | ArrowExpressionBody): Effects {
    this.#effectsIndex ??= new EffectsIndex(this.#facts.scopeManager, this.#facts.visitorKeys);
    return this.#effectsIndex.effectsOf(node.type === 'ArrowExpressionBody' ? node.expression : node);
  }
}

/** The default verbs, as a set built once: a constant, not state. */
const DEFAULT_EFFECT_VERB_SET: ReadonlySet<string> = new Set(DEFAULT_EFFECT_VERBS);

/** ESLint hands each file a copy of the default options: compare the contents, not the array. */
function isDefaultVerbList(verbs: readonly string[]): boolean {
  return verbs === DEFAULT_EFFECT_VERBS || (verbs.length === DEFAULT_EFFECT_VERBS.length && verbs.every((verb, index) => verb === DEFAULT_EFFECT_VERBS[index]));
}

function opensSection(site: AwaitSite, policy: OrderPolicy): boolean {
  const start = getWorkStart(site.await.argument);
  return start !== null && opensSerializedSection(start, policy);
}

/** How the awaited value of a member reaches its statement. */
function getShape(site: AwaitSite, statement: ListStatement): MemberShape {
  if (site.isExpressionStatement) return { kind: 'discard' };
  const declaration =
    statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
  if (declaration?.type === AST_NODE_TYPES.VariableDeclaration) {
    const declarator = declaration.declarations.find(candidate => candidate.init === site.await);
    if (declarator && !declarator.definite) return { kind: 'declare', declarator };
  }
  if (statement.type === AST_NODE_TYPES.ExpressionStatement) {
    const expression = statement.expression;
    if (
      expression.type === AST_NODE_TYPES.AssignmentExpression &&
      expression.operator === '=' &&
      expression.right === site.await &&
      isSimpleTarget(expression.left)
    ) {
      return { kind: 'assign', assignment: expression };
    }
  }
  return { kind: 'nested' };
}

/** An assignment target whose evaluation runs nothing: `x`, `this.a.b`, `obj[k]`, `[a, b]`, `{ a }`. */
function isSimpleTarget(target: TSESTree.Node): boolean {
  switch (target.type) {
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.ArrayPattern:
    case AST_NODE_TYPES.ObjectPattern:
      return true;
    case AST_NODE_TYPES.MemberExpression:
      return (
        (!target.computed || target.property.type === AST_NODE_TYPES.Literal || target.property.type === AST_NODE_TYPES.Identifier) &&
        (target.object.type === AST_NODE_TYPES.ThisExpression || isSimpleTarget(target.object))
      );
    default:
      return false;
  }
}

const EFFECT_NODE_TYPES = new Set<string>([
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.NewExpression,
  AST_NODE_TYPES.TaggedTemplateExpression,
  AST_NODE_TYPES.ImportExpression,
  AST_NODE_TYPES.AssignmentExpression,
  AST_NODE_TYPES.UpdateExpression,
  AST_NODE_TYPES.YieldExpression,
]);

/**
 * Hoisting members into one `Promise.all` runs their operands before the code of the statement
 * that came before them. That is safe only when that code runs nothing: no call, write or yield
 * outside the members' operands and the expressions that consume their values. A statement with
 * several members must also write nothing, so no member reads what a sibling's code assigned.
 */
function hasOnlyHoistableCodeBefore(
  statement: ListStatement,
  members: readonly GroupMember[],
  visitorKeys: TSESLint.SourceCode.VisitorKeys,
): boolean {
  // `const pattern = await f()`, `target = await f()`, `await f()`: nothing but a simple target (and
  // pattern defaults, which run after the await) comes before the one await
  if (members.length === 1 && members[0]!.shape.kind !== 'nested') return true;
  const lastStart = Math.max(...members.map(member => member.await.range[0]));
  const root: TSESTree.Node = statement.type === 'ArrowExpressionBody' ? statement.expression : statement;
  const pending: TSESTree.Node[] = [root];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (members.some(member => member.await.argument === node)) continue;
    if (node !== root && isFunctionNode(node)) continue;
    if (node.type === AST_NODE_TYPES.ClassBody) continue;
    const containsMember = members.some(member => isWithin(member.await, node));
    if (node.type === AST_NODE_TYPES.YieldExpression) return false;
    if (EFFECT_NODE_TYPES.has(node.type)) {
      const isWrite = node.type === AST_NODE_TYPES.AssignmentExpression || node.type === AST_NODE_TYPES.UpdateExpression;
      // a write that runs between two members could feed the later one; one that wraps them all runs last
      if (isWrite && members.length > 1 && !members.every(member => isWithin(member.await, node))) return false;
      if (!containsMember && node.range[1] <= lastStart) return false;
    }
    pushChildren(node, visitorKeys, pending);
  }
  return true;
}

/**
 * A discarded-result await is an ordered effect on whatever it touches: later code that reads any
 * of those variables or objects depends on it.
 */
function asOrderedEffect(effects: Effects): Effects {
  const touched = new Set<VariableKey>(effects.writes);
  for (const read of effects.reads) if (read !== THIS) touched.add(read);
  const objectWrites: ObjectUse[] = [
    ...effects.objectWrites,
    ...effects.objectUses.map(use => ({ root: use.root, property: null, isMethodCall: false })),
  ];
  return { ...effects, writes: touched, objectWrites };
}

/**
 * Two operands that must keep their order although neither reads what the other wrote:
 * - the same call twice (`fetchQuery({ queryKey })` twice): the second observes the first
 *   (a cache, a dedup, a counter), and running it alongside wins nothing;
 * - an object one operand calls a method on and the other takes whole
 *   (`sharp.metadata()` then `append({ sharp })`): the taker may change it under the caller.
 */
function conflictsWithOperands(operand: OperandUse, earlier: readonly OperandUse[]): boolean {
  return earlier.some(
    other =>
      other.text === operand.text ||
      [...operand.receivers].some(root => other.bare.has(root)) ||
      [...operand.bare].some(root => other.receivers.has(root)),
  );
}
