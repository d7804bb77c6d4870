import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

import { isWithin, skipTypeWrappers, someOutsideFunctions } from './ast.js';
import { getListStatements, locateAwait, type AwaitSite } from './await-sites.js';
import { getWorkStart } from './called-names.js';
import { swallowingTryAround } from './catch-clauses.js';
import type { CallClassifier } from './calls/classify-call.js';
import { mayTouchSame, shareExclusiveClient, takesTime, type Operation } from './calls/operation.js';
import { hasOnlyHoistableCodeBefore } from './hoisting.js';
import { isInertStatement } from './inert-statements.js';
import { getShape, leadingDeclarators } from './member-shapes.js';
import type { SerialContexts } from './serial-contexts.js';
import { confirmWithImports, mayBeConfirmed, SharedModel, workOf, type SourceFacts } from './shared-model.js';
import { dependsOn, EffectsAccumulator, mergeEffects, sharesAnything, THIS, type Effects, type ObjectUse, type VariableKey } from './statement-effects.js';
export type { SourceFacts };
import type { AnalysisOptions, ArrowExpressionBody, GroupMember, MemberStatement, SequentialAwaitGroup, StatementListOwner } from './types.js';

type ListStatement = TSESTree.Statement | ArrowExpressionBody;

interface OperandUse {
  readonly text: string;
  /** Objects the operand calls a method on (`api` in `api.get()`, `this` in `this.load()`). */
  readonly receivers: ReadonlySet<unknown>;
  /** Objects the operand uses whole, e.g. passes on (`cache` in `warm(cache)`). */
  readonly bare: ReadonlySet<unknown>;
}

/** A member and what its awaited call does. */
interface JudgedMember {
  readonly member: GroupMember;
  readonly operation: Operation;
}

/** What one statement brings to the scan: members to add, or a reason to end the group. */
type StatementVerdict =
  | {
      readonly kind: 'members';
      readonly members: JudgedMember[];
      /** The declarators before its members do work of their own, which must run first: no earlier member may join. */
      readonly startsGroup: boolean;
      /** Nothing after this statement may join: its own code after the members consumes them, or a guard ends it. */
      readonly endsGroupAfter: boolean;
      readonly isOrderedEffect: boolean;
    }
  | { readonly kind: 'barrier' };

interface OpenGroup {
  readonly members: JudgedMember[];
  readonly statements: ListStatement[];
  readonly inertStatements: Set<TSESTree.Node | ArrowExpressionBody>;
  /** What the members' statements write and touch: computed when a later statement first asks. */
  effects: EffectsAccumulator | null;
  /** Member statements not yet in `effects`, with whether each is an ordered effect. */
  readonly pendingEffects: { statement: ListStatement; isOrderedEffect: boolean }[];
  /** What the members' work reads and writes, for the first `workCounted` members. */
  readonly work: EffectsAccumulator;
  workCounted: number;
  endsAfterLastMember: boolean;
}

/**
 * Finds the groups of awaits in a file that run one after another, do not depend on each other,
 * and could start together. Pure: it reads the AST and scopes and reports nothing itself.
 */
export function findSequentialAwaitGroups(facts: SourceFacts, options: AnalysisOptions): SequentialAwaitGroup[] {
  return confirmWithImports(
    facts,
    withFacts => new GroupFinder(withFacts, options).find(),
    group => group.members.map(member => workOf(member.await)),
  );
}

function someSite(homes: ReadonlyMap<ListStatement, readonly AwaitSite[]>, predicate: (site: AwaitSite) => boolean): boolean {
  for (const sites of homes.values()) if (sites.some(predicate)) return true;
  return false;
}

class GroupFinder {
  readonly #facts: SourceFacts;
  readonly #options: AnalysisOptions;
  readonly #model: SharedModel;
  /** How each member's operand uses objects, computed when a later member is checked against it. */
  readonly #operandUses = new Map<GroupMember, OperandUse>();
  readonly #groups: SequentialAwaitGroup[] = [];

  constructor(facts: SourceFacts, options: AnalysisOptions) {
    this.#facts = facts;
    this.#options = options;
    this.#model = SharedModel.forFile(facts, options);
  }

  find(): SequentialAwaitGroup[] {
    const lists = new Map<TSESTree.Node, Map<ListStatement, AwaitSite[]>>();
    const arrowBodies = new Map<TSESTree.ArrowFunctionExpression, ArrowExpressionBody>();
    for (const awaitNode of this.#facts.awaits) {
      const site = locateAwait(awaitNode, arrowBodies);
      if (!site) continue;
      let homes = lists.get(site.list);
      if (!homes) lists.set(site.list, (homes = new Map<ListStatement, AwaitSite[]>()));
      const sites = homes.get(site.home);
      if (sites) sites.push(site);
      else homes.set(site.home, [site]);
    }
    // outer lists first, so that a serialized section opened in one covers the lists nested in it
    const ordered = [...lists].sort(([a], [b]) => a.range[0] - b.range[0]);
    for (const [list, homes] of ordered) {
      if (!someSite(homes, site => mayBeConfirmed(this.#facts, workOf(site.await)))) continue;
      for (const sites of homes.values()) sites.sort((a, b) => a.await.range[0] - b.await.range[0]);
      this.#scanList(list, homes);
    }
    return this.#groups;
  }

  get #calls(): CallClassifier {
    return this.#model.calls;
  }

  #scanList(list: TSESTree.Node, homes: Map<ListStatement, AwaitSite[]>): void {
    // what calls do is the costly part: a list with too few awaits that could be members at all is left before it
    let possibleMembers = 0;
    for (const sites of homes.values()) for (const site of sites) if (this.#mayBeMember(site)) possibleMembers++;
    if (possibleMembers < this.#options.minGroupSize) return;
    const statements: readonly ListStatement[] = isRealList(list) ? getListStatements(list) : [...homes.keys()];
    let group: OpenGroup | null = null;
    let pendingInert: ListStatement[] = [];
    const close = (): void => {
      // a group is worth a report when enough of its members take time to wait for (`import()` alone is not)
      if (group && group.members.filter(({ operation }) => takesTime(operation)).length >= this.#options.minGroupSize) {
        this.#groups.push({ members: group.members.map(judged => judged.member), statements: group.statements, inertStatements: group.inertStatements });
      }
      group = null;
      pendingInert = [];
    };

    statements.forEach((statement, index) => {
      const sites = homes.get(statement);
      if (!sites) {
        if (group && this.#canStayBetween(statement, group)) pendingInert.push(statement);
        else close();
        return;
      }
      // no group to join, too few members of its own, and what follows ends any group it would start: not worth judging
      if (!group && this.#cannotStartGroup(statement, sites, statements[index + 1], homes)) return;
      const verdict = this.#isCertainBarrier(sites) ? ({ kind: 'barrier' } as const) : this.#judgeStatement(statement, sites);
      if (verdict.kind === 'barrier') {
        close();
        return;
      }
      const current = group;
      if (
        current &&
        (verdict.startsGroup ||
          current.endsAfterLastMember ||
          !this.#admits(current, verdict.members) ||
          this.#dependsOnGroup(statement, verdict, current, pendingInert))
      )
        close();
      const open: OpenGroup = group ?? {
        members: [],
        statements: [],
        inertStatements: new Set(),
        effects: null,
        pendingEffects: [],
        work: new EffectsAccumulator(),
        workCounted: 0,
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
    });
    close();
  }

  /**
   * Whether a statement's awaits cannot start a group, whatever their calls do: it has fewer
   * possible members than a group needs, and the statement after it is the end of the list, one
   * without awaits that no group may keep between its members, one that ends every group, or one
   * whose every possible member reads what this statement declares.
   */
  #cannotStartGroup(
    statement: ListStatement,
    sites: readonly AwaitSite[],
    next: ListStatement | undefined,
    homes: ReadonlyMap<ListStatement, AwaitSite[]>,
  ): boolean {
    if (sites.filter(site => this.#mayBeMember(site)).length >= this.#options.minGroupSize) return false;
    if (next === undefined) return true;
    const nextSites = homes.get(next);
    // the next statement ends every group, or its awaited work reads what this one declares
    // (`const user = await getUser(id); const org = await getOrg(user.orgId);`): it cannot join
    if (nextSites) return this.#isCertainBarrier(nextSites) || this.#awaitsRead(nextSites, statement);
    return next.type === 'ArrowExpressionBody' || !isInertStatement(next, this.#facts.visitorKeys, this.#calls.origins);
  }

  /** Whether the awaited work of each of these sites reads a variable the statement declares. */
  #awaitsRead(sites: readonly AwaitSite[], statement: ListStatement): boolean {
    if (statement.type === 'ArrowExpressionBody') return false;
    const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
    if (declaration?.type !== AST_NODE_TYPES.VariableDeclaration) return false;
    const declared = new Set<unknown>(this.#facts.scopeManager.getDeclaredVariables(declaration));
    if (declared.size === 0) return false;
    // every possible member must read it: an await nested in one that does may still join
    // (`const hasher = await init(); const digest = await hasher.hash(await readFile(path));`)
    const members = sites.filter(site => this.#mayBeMember(site));
    return members.length > 0 && members.every(site => [...this.#effectsOf(site.await.argument).reads].some(read => declared.has(read)));
  }

  /** Whether a statement ends groups whatever its calls do: one of its awaits could never be a member (see `#judgeStatement`). */
  #isCertainBarrier(sites: readonly AwaitSite[]): boolean {
    return sites.some(site => !this.#mayBeMember(site) && !sites.some(other => other !== site && isWithin(other.await, site.await.argument)));
  }

  /**
   * Whether a statement with no member may stay between members (and move above the combined
   * await): it runs nothing that matters (see `isInertStatement`), reads nothing the group wrote,
   * and writes nothing an earlier member's operand reads.
   */
  #canStayBetween(statement: ListStatement, group: OpenGroup): boolean {
    if (statement.type === 'ArrowExpressionBody' || !isInertStatement(statement, this.#facts.visitorKeys, this.#calls.origins)) return false;
    const effects = this.#effectsOf(statement);
    if (dependsOn(effects, this.#groupEffects(group))) return false;
    const operands = mergeEffects(group.members.map(({ member }) => this.#operandEffects(member)));
    return !dependsOn(operands, effects);
  }

  /**
   * Whether the open group may take these members, by what their calls do: a write may only
   * start a group, a guard only end one, and after a write no member may touch what it wrote.
   */
  #admits(group: OpenGroup, members: readonly JudgedMember[]): boolean {
    if (members.some(({ operation }) => operation.kind === 'write')) return false;
    if (members.some(({ operation }) => group.members.some(earlier => shareExclusiveClient(earlier.operation, operation)))) return false;
    const first = group.members[0]!.operation;
    if (first.kind !== 'write') return true;
    return members.every(({ operation }) => mayFollowWrite(first, operation));
  }

  /**
   * Whether a member statement must not join the open group: its operands (the only part that
   * moves into the combined await, with the declarators before them) read what the group wrote,
   * or what a statement waiting between changes, or it is an ordered effect on something the
   * group touches. (What those statements newly declare, members may read: a declaration moves
   * above the combined await whole.)
   */
  #dependsOnGroup(statement: ListStatement, verdict: StatementVerdict & { kind: 'members' }, group: OpenGroup, between: readonly ListStatement[]): boolean {
    const groupEffects = this.#groupEffects(group);
    const operandEffects = mergeEffects(verdict.members.map(({ member }) => this.#operandEffects(member)));
    if (dependsOn(operandEffects, groupEffects)) return true;
    // nor may it change what an earlier member's work reads: started together, that work could read the change
    for (; group.workCounted < group.members.length; group.workCounted++) group.work.add(this.#operandEffects(group.members[group.workCounted]!.member));
    if (dependsOn(group.work, operandEffects)) return true;
    // a statement waiting between that changes what this member reads ends the group before it
    if (between.some(inert => dependsOn(operandEffects, this.#changesOf(inert)))) return true;
    const earlier = group.members.map(({ member }) => this.#operandUse(member));
    if (verdict.members.some(({ member }) => conflictsWithOperands(this.#operandUse(member), earlier))) return true;
    return verdict.isOrderedEffect && sharesAnything(this.#effectsOf(statement), groupEffects);
  }

  /** What a statement changes that existed before it: its writes, minus the variables it declares. */
  #changesOf(statement: ListStatement): Effects {
    const effects = this.#effectsOf(statement);
    if (statement.type !== AST_NODE_TYPES.VariableDeclaration) return effects;
    const declared = new Set<unknown>(this.#facts.scopeManager.getDeclaredVariables(statement));
    return { ...effects, writes: new Set([...effects.writes].filter(key => !declared.has(key))) };
  }

  /** What a member's work reads and writes: its operand, and the declarators its statement declares before it. */
  #operandEffects(member: GroupMember): Effects {
    const own = this.#effectsOf(member.await.argument);
    const leading = leadingDeclarators(member.statement as TSESTree.Node, member.await);
    return leading.length === 0 ? own : mergeEffects([own, ...leading.map(declarator => this.#effectsOf(declarator))]);
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
      group.effects ??= new EffectsAccumulator();
      for (const part of parts) group.effects.add(part);
      group.pendingEffects.length = 0;
    }
    return group.effects ?? mergeEffects([]);
  }

  /** Whether a statement's awaits can join a group, and how; or why it is a barrier. */
  #judgeStatement(statement: ListStatement, sites: readonly AwaitSite[]): StatementVerdict {
    let barrier = false;
    const members: JudgedMember[] = [];
    let consumes = false;
    for (const site of sites) {
      if (sites.some(other => other !== site && isWithin(other.await, site.await.argument))) {
        // an await of work built from other awaits' results (`await render(await a(), await b())`) runs after them
        consumes = true;
        if (site.conditional) barrier = true;
        continue;
      }
      const operation = this.#judgeSite(site);
      if (!operation) {
        barrier = true;
        continue;
      }
      const shape = getShape(site, statement);
      if (shape.kind === 'assign' && this.#keepsPartialResults(shape.assignment)) {
        barrier = true;
        continue;
      }
      members.push({ member: { await: site.await, statement: statement as MemberStatement, shape }, operation });
    }
    if (barrier || members.length === 0 || !sites[0]!.homeCanHoldMembers || this.#serialContexts.isSerialized(sites[0]!.await)) {
      return { kind: 'barrier' };
    }
    const independent = this.#independentTail(statement, members);
    const leading = leadingDeclarators(statement as TSESTree.Node, independent[0]!.member.await);
    const from = leading.at(-1)?.range[1] ?? statement.range[0];
    if (independent.length < members.length && independent.length < this.#options.minGroupSize) return { kind: 'barrier' };
    if (
      this.#dependsWithin(independent) ||
      !isOrderedWithin(independent) ||
      !hasOnlyHoistableCodeBefore(
        statement,
        independent.map(judged => judged.member),
        this.#facts.visitorKeys,
        from,
      )
    ) {
      return { kind: 'barrier' };
    }
    members.splice(0, members.length, ...independent);
    const hasNested = members.some(({ member }) => member.shape.kind === 'nested');
    return {
      kind: 'members',
      members,
      startsGroup: leading.some(declarator => hasWork(declarator, this.#facts.visitorKeys)),
      isOrderedEffect: members.some(({ member }) => member.shape.kind === 'discard'),
      endsGroupAfter:
        consumes ||
        members.some(({ operation }) => operation.kind === 'guard') ||
        statement.type === 'ArrowExpressionBody' ||
        !isStraightStatement(statement) ||
        (statement.type === AST_NODE_TYPES.ExpressionStatement &&
          hasNested &&
          skipTypeWrappers(statement.expression).type !== AST_NODE_TYPES.AssignmentExpression),
    };
  }

  /**
   * Whether an assignment keeps its value when a later call fails: it writes something declared
   * outside the `try` block it runs in, and a `catch` swallows the failure and goes on. Run one
   * after another, the earlier results stay assigned; with `Promise.all`, none are.
   */
  #keepsPartialResults(assignment: TSESTree.AssignmentExpression): boolean {
    const block = swallowingTryAround(assignment, this.#facts.visitorKeys);
    if (!block) return false;
    let root: TSESTree.Node = assignment.left;
    while (root.type === AST_NODE_TYPES.MemberExpression) root = root.object;
    if (root.type === AST_NODE_TYPES.ThisExpression) return true;
    if (root.type !== AST_NODE_TYPES.Identifier) return true;
    const variable = this.#calls.origins.resolve(root);
    return !variable || !variable.defs.every(def => isWithin(def.name, block));
  }

  /**
   * The members of one declaration that do not read what an earlier one declared
   * (`const user = await getUser(id), teamId = user.teamId, team = await getTeam(teamId)`): the
   * ones after the last member another depends on. Those before it run first, as written.
   */
  #independentTail(statement: ListStatement, members: JudgedMember[]): JudgedMember[] {
    const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
    if (members.length < 2 || declaration?.type !== AST_NODE_TYPES.VariableDeclaration) return members;
    const declaratorOf = (member: GroupMember): TSESTree.VariableDeclarator | undefined =>
      declaration.declarations.find(declarator => isWithin(member.await, declarator));
    let first = 0;
    for (let index = 1; index < members.length; index++) {
      const own = declaratorOf(members[index]!.member);
      const earlier = declaration.declarations.filter(
        declarator => declarator.range[1] <= (own?.range[0] ?? 0) && members.slice(first, index).some(({ member }) => isWithin(member.await, declarator)),
      );
      const between = declaration.declarations.filter(
        declarator => declarator.range[0] >= (earlier.at(-1)?.range[1] ?? Infinity) && declarator.range[1] <= (own?.range[0] ?? 0),
      );
      const reads = mergeEffects([this.#effectsOf(members[index]!.member.await.argument), ...between.map(declarator => this.#effectsOf(declarator))]);
      if (dependsOn(reads, mergeEffects(earlier.map(declarator => this.#effectsOf(declarator))))) first = index;
    }
    return members.slice(first);
  }

  /**
   * Whether a member's work reads what the work of an earlier member of the same statement
   * changes (`page(await renderApp(ctx), await renderHead(ctx))`, where `renderApp` fills `ctx`):
   * the statement's awaits then stay as written, since hoisting only some of them would reorder them.
   */
  #dependsWithin(members: readonly JudgedMember[]): boolean {
    if (members.length < 2) return false;
    // what the members before do, gathered as the members are passed
    const earlier = new EffectsAccumulator();
    for (const [index, { member }] of members.entries()) {
      const effects = this.#effectsOf(member.await.argument);
      if (index > 0 && dependsOn(effects, earlier)) return true;
      earlier.add(effects);
    }
    return false;
  }

  /** Whether an await's place lets it be a member, whatever its call does: it runs unconditionally, starts work, and its result is used. */
  #mayBeMember(site: AwaitSite): boolean {
    if (site.conditional || !getWorkStart(site.await.argument)) return false;
    return !site.discarded || (this.#options.groupDiscardedAwaits && site.isExpressionStatement);
  }

  /** What one await's work does when it may be a member: it starts work, its result is used, its call may move; else null. */
  #judgeSite(site: AwaitSite): Operation | null {
    if (!this.#mayBeMember(site)) return null;
    const operation = this.#calls.classify(getWorkStart(site.await.argument)!);
    // work done on this thread or in memory has nothing to overlap: waiting for it in between is where it belongs
    return operation.kind === 'ordered' || operation.latency === 'none' ? null : operation;
  }

  get #serialContexts(): SerialContexts {
    return this.#model.serial;
  }

  #effectsOf(node: TSESTree.Node | ArrowExpressionBody): Effects {
    return this.#model.effects.effectsOf(node.type === 'ArrowExpressionBody' ? node.expression : node);
  }
}

const WORK_NODE_TYPES = new Set<string>([
  AST_NODE_TYPES.AwaitExpression,
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.NewExpression,
  AST_NODE_TYPES.TaggedTemplateExpression,
  AST_NODE_TYPES.ImportExpression,
  AST_NODE_TYPES.AssignmentExpression,
  AST_NODE_TYPES.UpdateExpression,
  AST_NODE_TYPES.YieldExpression,
]);

/** Whether a piece of code does anything but compute: an await, a call, a write. */
function hasWork(root: TSESTree.Node, visitorKeys: TSESLint.SourceCode.VisitorKeys): boolean {
  return someOutsideFunctions(root, visitorKeys, node => WORK_NODE_TYPES.has(node.type));
}

function isRealList(list: TSESTree.Node): list is StatementListOwner {
  return (
    list.type === AST_NODE_TYPES.BlockStatement ||
    list.type === AST_NODE_TYPES.Program ||
    list.type === AST_NODE_TYPES.StaticBlock ||
    list.type === AST_NODE_TYPES.SwitchCase ||
    list.type === AST_NODE_TYPES.TSModuleBlock
  );
}

/** Statements whose members are followed by nothing else of their own: declarations, expressions, `return`, `throw`. */
function isStraightStatement(statement: ListStatement): boolean {
  return (
    statement.type === AST_NODE_TYPES.VariableDeclaration ||
    statement.type === AST_NODE_TYPES.ExportNamedDeclaration ||
    statement.type === AST_NODE_TYPES.ExpressionStatement
  );
}

/**
 * Within one statement the members keep their kinds' places too: a write only first, a guard only
 * last, nothing after a write that touches it, nothing through an exclusive client used before.
 */
function isOrderedWithin(members: readonly JudgedMember[]): boolean {
  for (let index = 0; index < members.length; index++) {
    const { operation } = members[index]!;
    if (operation.kind === 'write' && index > 0) return false;
    if (operation.kind === 'guard' && index < members.length - 1) return false;
    if (index > 0 && members[0]!.operation.kind === 'write' && !mayFollowWrite(members[0]!.operation, operation)) return false;
    if (members.slice(0, index).some(earlier => shareExclusiveClient(earlier.operation, operation))) return false;
  }
  return true;
}

/**
 * Whether a member may run beside the write that starts its group: both say what they touch from
 * knowledge (a library, a command, a body), and it is not the same thing.
 */
function mayFollowWrite(write: Operation, later: Operation): boolean {
  return write.known && later.known && !mayTouchSame(write.resource, later.resource);
}

/**
 * A discarded-result await is an ordered effect on whatever it touches: later code that reads any
 * of those variables or objects depends on it.
 */
function asOrderedEffect(effects: Effects): Effects {
  const touched = new Set<VariableKey>(effects.writes);
  for (const read of effects.reads) if (read !== THIS) touched.add(read);
  const objectWrites: ObjectUse[] = [...effects.objectWrites, ...effects.objectUses.map(use => ({ root: use.root, property: null, isMethodCall: false }))];
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
      other.text === operand.text || [...operand.receivers].some(root => other.bare.has(root)) || [...operand.bare].some(root => other.receivers.has(root)),
  );
}
