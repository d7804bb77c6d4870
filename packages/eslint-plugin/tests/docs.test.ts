/**
 * Lints every labelled code example in each rule's doc (docs/rules/<rule>.md) with the real rule
 * and checks that it is labelled right: `incorrect` examples must be reported, `correct` ones must
 * not; and checks each doc's structure against its rule's metadata.
 *
 * An example is a fenced block whose info string is `<lang> <label> [options-json]`, with
 * lang ∈ js, ts, tsx and label ∈ incorrect, correct. Any other fenced block is not linted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

import { LIBRARIES } from '../src/analysis/calls/libraries.js';
import { GUARD_VERBS, ORDERED_VERBS, STATEFUL_READ_NAMES, WRITE_VERBS } from '../src/analysis/calls/verbs.js';
import plugin from '../src/index.js';
import { dialectOf, lintConfig } from '../src/lint-config.js';

const DOCS_DIR = fileURLToPath(new URL('../docs/rules/', import.meta.url));

const LANGS = ['js', 'ts', 'tsx'] as const;
const LABELS = ['incorrect', 'correct'] as const;
type Lang = (typeof LANGS)[number];
type Label = (typeof LABELS)[number];

interface FencedBlock {
  /** 1-based line of the opening fence in the doc. */
  readonly line: number;
  readonly info: string;
  readonly code: string;
}

interface Example extends FencedBlock {
  readonly lang: Lang;
  readonly label: Label;
  readonly options: Record<string, unknown> | undefined;
}

/** Every fenced code block (``` or ~~~, any indentation up to the list-item level) in order. */
function extractFencedBlocks(markdown: string, docPath: string): FencedBlock[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: FencedBlock[] = [];
  let open: { line: number; indent: number; fence: string; info: string; body: string[] } | undefined;
  lines.forEach((text, index) => {
    if (open === undefined) {
      const match = /^(\s*)(`{3,}|~{3,})\s*(.*)$/.exec(text);
      if (match) {
        open = {
          line: index + 1,
          indent: match[1]!.length,
          fence: match[2]!,
          info: match[3]!.trim(),
          body: [],
        };
      }
      return;
    }
    const close = /^(\s*)(`{3,}|~{3,})\s*$/.exec(text);
    if (close && close[2]![0] === open.fence[0] && close[2]!.length >= open.fence.length) {
      blocks.push({ line: open.line, info: open.info, code: open.body.join('\n') + '\n' });
      open = undefined;
      return;
    }
    // Strip the fence's own indentation (blocks nested in list items).
    const indent = /^\s*/.exec(text)![0].length;
    open.body.push(text.slice(Math.min(indent, open.indent)));
  });
  if (open !== undefined) {
    throw new Error(`${docPath}:${open.line}: unclosed code fence`);
  }
  return blocks;
}

/** Headings outside code blocks, as `{ level, text, line }`. */
function extractHeadings(markdown: string): { level: number; text: string; line: number }[] {
  const headings: { level: number; text: string; line: number }[] = [];
  let fence: string | undefined;
  markdown.split(/\r?\n/).forEach((text, index) => {
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(text);
    if (fenceMatch) {
      if (fence === undefined) fence = fenceMatch[1];
      else if (fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length) fence = undefined;
      return;
    }
    if (fence !== undefined) return;
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(text);
    if (heading) headings.push({ level: heading[1]!.length, text: heading[2]!, line: index + 1 });
  });
  return headings;
}

/** Parses `<lang> <label> [options-json]`; undefined for unlabelled blocks; throws on typos. */
function toExample(block: FencedBlock, docPath: string): Example | undefined {
  const match = /^(\S+)(?:\s+(\S+))?(?:\s+(.*))?$/.exec(block.info);
  if (!match || match[2] === undefined) return undefined;
  const where = `${docPath}:${block.line}`;
  const [, lang, label, optionsText] = match;
  if (!(LANGS as readonly string[]).includes(lang!)) {
    throw new Error(`${where}: labelled block has language "${lang}", expected one of ${LANGS.join(', ')}`);
  }
  if (!(LABELS as readonly string[]).includes(label)) {
    throw new Error(`${where}: unknown label "${label}", expected one of ${LABELS.join(', ')}`);
  }
  let options: Record<string, unknown> | undefined;
  if (optionsText !== undefined && optionsText.trim() !== '') {
    try {
      options = JSON.parse(optionsText) as Record<string, unknown>;
    } catch (error) {
      throw new Error(`${where}: options are not valid JSON: ${optionsText} (${String(error)})`);
    }
    if (options === null || typeof options !== 'object' || Array.isArray(options)) {
      throw new Error(`${where}: options must be a JSON object: ${optionsText}`);
    }
  }
  return { ...block, lang: lang as Lang, label: label as Label, options };
}

const linter = new Linter({ configType: 'flat' });

function lint(example: Example, ruleId: string): Linter.LintMessage[] {
  const ruleEntry: Linter.RuleEntry = example.options ? ['error', example.options] : ['error'];
  const filename = `example.${example.lang}`;
  return linter.verify(example.code, lintConfig({ dialect: dialectOf(filename), plugins: { gather: plugin }, rules: { [ruleId]: ruleEntry } }), { filename });
}

/** Messages with their positions translated to lines of the doc. */
function describeMessages(messages: readonly Linter.LintMessage[], fenceLine: number, docPath: string): string {
  if (messages.length === 0) return '  (no messages)';
  return messages
    .map(m => `  ${docPath}:${fenceLine + m.line}:${m.column} ` + `${m.ruleId ?? '(no rule)'}${m.fatal ? ' [fatal]' : ''}: ${m.message}`)
    .join('\n');
}

function numbered(code: string, firstLine: number): string {
  return code
    .replace(/\n$/, '')
    .split('\n')
    .map((text, index) => `${String(firstLine + 1 + index).padStart(5)} | ${text}`)
    .join('\n');
}

it('has one doc per rule, named after it', () => {
  const docs = readdirSync(DOCS_DIR)
    .filter(name => name.endsWith('.md'))
    .map(name => name.replace(/\.md$/, ''));
  expect(docs.sort()).toEqual(Object.keys(plugin.rules).sort());
});

for (const [ruleName, rule] of Object.entries(plugin.rules)) {
  const DOC_RELATIVE_PATH = `docs/rules/${ruleName}.md`;
  const RULE_ID = `gather/${ruleName}`;
  const markdown = readFileSync(`${DOCS_DIR}${ruleName}.md`, 'utf8');
  const examples = extractFencedBlocks(markdown, DOC_RELATIVE_PATH)
    .map(block => toExample(block, DOC_RELATIVE_PATH))
    .filter(example => example !== undefined);
  const headings = extractHeadings(markdown);

  describe(`${DOC_RELATIVE_PATH} examples`, () => {
    it('has incorrect and correct examples', () => {
      expect(examples.filter(e => e.label === 'incorrect').length).toBeGreaterThanOrEqual(5);
      expect(examples.filter(e => e.label === 'correct').length).toBeGreaterThanOrEqual(5);
    });

    for (const example of examples) {
      const optionsText = example.options ? ` ${JSON.stringify(example.options)}` : '';
      it(`line ${example.line}: ${example.lang} ${example.label}${optionsText}`, () => {
        const messages = lint(example, RULE_ID);
        const fatal = messages.filter(m => m.fatal === true);
        const reports = messages.filter(m => m.ruleId === RULE_ID);
        const context =
          `${DOC_RELATIVE_PATH}:${example.line} (${example.lang} ${example.label}${optionsText})\n` +
          `${numbered(example.code, example.line)}\n` +
          `messages:\n${describeMessages(messages, example.line, DOC_RELATIVE_PATH)}`;

        expect(fatal, `parse error in\n${context}`).toEqual([]);
        if (example.label === 'incorrect') {
          expect(reports.length, `expected at least one report in\n${context}`).toBeGreaterThanOrEqual(1);
        } else {
          expect(reports.length, `expected no report in\n${context}`).toBe(0);
        }
      });
    }
  });

  describe(`${DOC_RELATIVE_PATH} structure`, () => {
    it('has the title and the sections', () => {
      expect(headings[0]).toMatchObject({
        level: 1,
        text: `${rule.meta.docs?.description} (${RULE_ID})`,
      });
      const sections = headings.filter(h => h.level === 2).map(h => h.text);
      for (const section of ['Rule details', 'Examples', 'Options', 'When not to use it', 'Semantics of Promise.all you accept', 'Related rules']) {
        expect(sections, `missing "## ${section}"`).toContain(section);
      }
    });

    it('documents each option under "## Options" exactly once', () => {
      const schema = rule.meta.schema as unknown as readonly [{ properties?: Record<string, unknown> }];
      const optionNames = Object.keys(schema[0]?.properties ?? {});
      expect(optionNames.length).toBeGreaterThan(0);

      const optionsIndex = headings.findIndex(h => h.level === 2 && h.text === 'Options');
      expect(optionsIndex).toBeGreaterThanOrEqual(0);
      const documented: string[] = [];
      for (const heading of headings.slice(optionsIndex + 1)) {
        if (heading.level <= 2) break;
        if (heading.level === 3) documented.push(heading.text.replace(/^`(.*)`$/, '$1'));
      }
      expect([...documented].sort()).toEqual([...optionNames].sort());
    });

    it('every option has at least one example', () => {
      const schema = rule.meta.schema as unknown as readonly [{ properties?: Record<string, unknown> }];
      for (const name of Object.keys(schema[0]?.properties ?? {})) {
        expect(
          examples.some(e => e.options !== undefined && name in e.options),
          `no labelled example uses option "${name}"`,
        ).toBe(true);
      }
    });

    it.runIf(ruleName === 'no-sequential-await')('names every library of the built-in table in "Libraries it knows", and no other', () => {
      const section = markdown.slice(markdown.indexOf('### Libraries it knows'), markdown.indexOf('### Where calls run in order'));
      const rows = [...section.matchAll(/^\| ([^|]+?) \|/gm)].map(match => match[1]!).filter(name => name !== 'library' && !/^-+$/.test(name));
      expect(rows.sort()).toEqual(LIBRARIES.map(entry => entry.name).sort());
    });

    it('links the rule to this doc', () => {
      expect(rule.meta.docs?.url?.endsWith(`docs/rules/${ruleName}.md`)).toBe(true);
    });
  });
}

/** The words in backticks of the doc text that follows `lead` up to its closing parenthesis. */
function examplesAfter(markdown: string, lead: string): string[] {
  const start = markdown.indexOf(lead);
  if (start < 0) return [];
  const text = markdown.slice(start + lead.length, markdown.indexOf(')', start + lead.length));
  return [...text.matchAll(/`(\w+)`/g)].map(match => match[1]!);
}

describe('the verbs and names the doc lists are the ones the code holds', () => {
  const doc = readFileSync(`${DOCS_DIR}no-sequential-await.md`, 'utf8').replace(/\s+/g, ' ');
  for (const [lead, list] of [
    ['makes the call a write (', WRITE_VERBS],
    ['a guard (', GUARD_VERBS],
    ['or ordered (', ORDERED_VERBS],
    ['names that read a stateful source (', STATEFUL_READ_NAMES],
  ] as const) {
    it(`${lead.trim()}…)`, () => {
      const listed = examplesAfter(doc, lead);
      expect(listed.length, `the doc lists examples after "${lead}"`).toBeGreaterThan(2);
      expect(listed.filter(word => !list.includes(word))).toEqual([]);
    });
  }
});
