import { Linter, type SourceCode } from 'eslint';

import plugin from '../src/index.js';
import { dialectOf, lintConfig } from '../src/lint-config.js';
import type { CorpusFile } from './fetch-corpus.js';

/** Our rules, linted together as the recommended config runs them. */
export const RULE_IDS = ['gather/no-sequential-await', 'gather/no-sequential-loop-await'] as const;
/** The core rule the loop rule is measured against: how many loops it flags on the same files. */
const CORE_LOOP_RULE = 'no-await-in-loop';

export type LintedFile = {
  readonly kind: 'linted';
  readonly file: CorpusFile;
  readonly text: string;
  /** Our rules' reports. */
  readonly messages: Linter.LintMessage[];
  /** Loops core `no-await-in-loop` flags (it reports each await; a loop counts once). */
  readonly coreLoops: number;
  readonly config: Linter.Config[];
  readonly sourceCode: SourceCode;
};

export type LintResult = LintedFile | { readonly kind: 'parse-failure' } | { readonly kind: 'crash'; readonly error: string };

const linter = new Linter({ configType: 'flat', cwd: '/' });

function configFor(file: CorpusFile, sourceType: 'module' | 'commonjs' | 'script'): Linter.Config[] {
  return lintConfig({
    dialect: { ...dialectOf(file.path, { jsxInJs: true }), sourceType },
    plugins: { gather: plugin },
    // inline comments apply as in the projects' own lint runs (an eslint-disable of our rule wins)
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    rules: Object.fromEntries([...RULE_IDS, CORE_LOOP_RULE].map(rule => [rule, 'warn'])),
  });
}

function lint(text: string, file: CorpusFile, config: Linter.Config[]): Linter.LintMessage[] {
  // the file's own path: the rules read the modules it imports relatively
  return linter.verify(text, config, { filename: file.path });
}

function isOurs(ruleId: string | null): boolean {
  return (RULE_IDS as readonly (string | null)[]).includes(ruleId);
}

const LOOP_TYPES = new Set(['ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement']);

/** The distinct innermost loops holding the reported awaits. */
function countLoops(sourceCode: SourceCode, messages: readonly Linter.LintMessage[]): number {
  const loops = new Set<unknown>();
  for (const message of messages) {
    const index = sourceCode.getIndexFromLoc({ line: message.line, column: message.column - 1 });
    let node = sourceCode.getNodeByRangeIndex(index) as { type: string; parent?: unknown } | null;
    while (node && !LOOP_TYPES.has(node.type)) node = node.parent as typeof node;
    loops.add(node ?? message);
  }
  return loops.size;
}

/** Lints a file with our rules (and core `no-await-in-loop`, counted apart); JavaScript that is not a module is tried as a script. */
export function lintFile(file: CorpusFile, text: string): LintResult {
  const sourceTypes: ('module' | 'commonjs' | 'script')[] = file.path.endsWith('.cjs') ? ['commonjs'] : file.typescript ? ['module'] : ['module', 'commonjs'];
  for (const sourceType of sourceTypes) {
    const config = configFor(file, sourceType);
    let messages: Linter.LintMessage[];
    try {
      messages = lint(text, file, config);
    } catch (error) {
      return { kind: 'crash', error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    if (messages.some(message => message.fatal)) continue;
    // our configuration is wrong if ESLint finds none for the file or cannot run our rule; other
    // messages of no rule are ESLint's notes on the file's own comments (`/* eslint … */`)
    const stray = messages.find(message => message.ruleId === null && /No matching configuration|gather\//.test(message.message));
    if (stray) return { kind: 'crash', error: `unexpected message: ${stray.message}` };
    const ours = messages.filter(message => isOurs(message.ruleId));
    const sourceCode = linter.getSourceCode();
    const coreLoops = countLoops(
      sourceCode,
      messages.filter(message => message.ruleId === CORE_LOOP_RULE),
    );
    return { kind: 'linted', file, text, messages: ours, coreLoops, config, sourceCode };
  }
  return { kind: 'parse-failure' };
}

/**
 * Applies one suggestion alone and says what is wrong with the result, or null when it is right:
 * it parses; re-linting reports nothing inside the rewritten range and nothing new elsewhere; the
 * number of comments is the same; each name declared in the rewritten range is declared as often.
 * (Groups nested in the rewritten range move with it, and a later group may merge into what the
 * rewrite left after the combined await: no more reports than that in the range.)
 */
export function checkSuggestion(linted: LintedFile, message: Linter.LintMessage): string | null {
  const fix = message.suggestions![0]!.fix;
  const { text, file, config } = linted;
  const output = text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
  const after = lint(output, file, config).filter(found => found.fatal || found.ruleId === message.ruleId);
  const outputSource = linter.getSourceCode();
  const fatal = after.find(found => found.fatal);
  if (fatal) return `does not parse: ${fatal.message} at line ${fatal.line}\n${fix.text}`;

  const fixStartLine = lineOf(text, fix.range[0]);
  const fixEndLine = lineOf(text, fix.range[1]);
  const newEndLine = fixStartLine + lineCount(fix.text) - 1;
  const shift = newEndLine - fixEndLine;
  const others = linted.messages.filter(other => other !== message && other.ruleId === message.ruleId);
  const before = new Set(others.map(other => `${other.line}:${other.message}`));
  const outside = new Set<string>();
  let inRange = 0;
  for (const report of after) {
    if (report.line >= fixStartLine && report.line <= newEndLine) {
      inRange++;
      continue;
    }
    const originalLine = report.line > newEndLine ? report.line - shift : report.line;
    const key = `${originalLine}:${report.message}`;
    if (!before.has(key)) return `new report at line ${report.line}: ${report.message}`;
    outside.add(key);
  }
  // what may be reported in the rewritten range: groups nested in it (inside a callback an operand
  // takes), which move with it, and a group that the rewrite let a later one merge into (a
  // statement that consumed the members now stands alone), which replaces that later report
  const nestedBefore = others.filter(other => other.line >= fixStartLine && other.line <= fixEndLine).length;
  const mergedLater = others.filter(other => other.line > fixEndLine && !outside.has(`${other.line}:${other.message}`)).length;
  if (inRange > nestedBefore + mergedLater) return `still reported in the rewritten range (${inRange} reports, ${nestedBefore + mergedLater} expected)`;

  const originalSource = linted.sourceCode;
  if (originalSource.getAllComments().length !== outputSource.getAllComments().length) {
    return `comments: ${originalSource.getAllComments().length} before, ${outputSource.getAllComments().length} after`;
  }
  // the first rule only moves declarations; the loop rule may bind an item again as a callback's parameter
  const movesOnly = message.ruleId === RULE_IDS[0];
  for (const name of namesDeclaredIn(originalSource, fix.range)) {
    const was = declarationCount(originalSource, name);
    const is = declarationCount(outputSource, name);
    if (movesOnly ? was !== is : is < was) return `"${name}" declared ${was} times before, ${is} after`;
  }
  const redeclared = redeclaredName(outputSource);
  if (redeclared !== null && redeclared !== redeclaredName(originalSource)) return `"${redeclared}" declared twice in one scope`;
  return null;
}

/** A `let`, `const` or class name declared twice in one scope (the TypeScript parser does not reject it). */
function redeclaredName(sourceCode: SourceCode): string | null {
  for (const scope of sourceCode.scopeManager.scopes) {
    for (const variable of scope.variables) {
      const lexical = variable.defs.filter(def => def.type === 'ClassName' || (def.type === 'Variable' && def.parent?.kind !== 'var'));
      if (
        lexical.length > 1 ||
        (lexical.length === 1 && variable.defs.length > 1 && variable.defs.some(def => def.type === 'Variable' || def.type === 'Parameter'))
      )
        return variable.name;
    }
  }
  return null;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++;
  return line;
}

function lineCount(text: string): number {
  return text.split('\n').length;
}

function namesDeclaredIn(sourceCode: SourceCode, range: [number, number]): Set<string> {
  const names = new Set<string>();
  for (const scope of sourceCode.scopeManager.scopes) {
    for (const variable of scope.variables) {
      if (variable.defs.some(def => def.name.range![0] >= range[0] && def.name.range![1] <= range[1])) names.add(variable.name);
    }
  }
  return names;
}

function declarationCount(sourceCode: SourceCode, name: string): number {
  let count = 0;
  for (const scope of sourceCode.scopeManager.scopes) {
    for (const variable of scope.variables) if (variable.name === name) count += variable.defs.length;
  }
  return count;
}
