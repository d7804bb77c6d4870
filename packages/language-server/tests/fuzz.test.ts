/**
 * A seeded fuzz test of the server over stdio (about a minute): random incremental edits (code,
 * unicode, surrogate halves, CRLF, U+2028, long lines, ranges at and past the end), code-action
 * requests in between, closes and reopens (versions start again at 1), and configuration answers
 * that come late. After each step the server's diagnostics and every edit it returns must match an
 * in-process lint of the text an editor would have, and each answer must come within a bound.
 *
 * `GATHER_FUZZ_SEEDS=1,2,3 GATHER_FUZZ_STEPS=400` runs other or longer seeds.
 */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Range, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { afterAll, describe, expect, it } from 'vitest';

import { applyEdit, expectedMessages, expectedRanges } from './editor-text.js';
import { LspTestClient } from './lsp-client.js';

const SEEDS = (process.env.GATHER_FUZZ_SEEDS ?? '11,23,37').split(',').map(Number);
const STEPS = Number(process.env.GATHER_FUZZ_STEPS ?? 200);
/** The longest the server may take to answer or publish after a step. */
const ANSWER_BOUND_MS = 10_000;

const BASE = `import { db } from './db';

export async function load(id: string) {
  const user = await getUser(id);
  const posts = await getPosts(id);
  return { user, posts };
}

export async function all(ids: string[]) {
  const users = [];
  for (const id of ids) {
    users.push(await getUser(id));
  }
  return users;
}

export async function page(id: string) {
  return { a: await db.getA(id), b: await db.getB(id), note: "x\u2028y" };
}
`;

/** Whole lines, inserted at the start of a line: the text often still parses, so there is something to report. */
const LINES = [
  '  const extra = await fetchExtra(id);\n',
  '  const more = await loadMore(id);\r\n',
  '// a comment with \u2028 and \u2029 in it\n',
  '/* eslint gather/no-sequential-await: "off" */\n',
  '  // eslint-disable-next-line gather/no-sequential-await\n',
  `const long = "${'y'.repeat(3_000)}";\n`,
  'const emoji = "😀 é \u2028";\r\n',
  'export async function again(k: string) {\n  const p = await one(k);\n  const q = await two(k);\n  return [p, q];\n}\n',
  'export async function each(ks: string[]) {\n  for (const k of ks) {\n    show(await one(k));\n  }\n}\n',
];

/** Anything anywhere: the text may stop parsing until a later edit or a reset. */
const NOISE = ['await ', '{', '}', ';', '\r\n', '\n', '\r', '\u2028', '\u2029', 'é', '😀', '\uD83D', '\uDE00', '', 'x'.repeat(500)];

/** mulberry32: a small seeded generator. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function applyAction(action: CodeAction, uri: string, text: string, version: number): string {
  const [change] = action.edit!.documentChanges! as TextDocumentEdit[];
  expect(change!.textDocument).toEqual({ uri, version });
  return TextDocument.applyEdits(TextDocument.create(uri, 'typescript', version, text), change!.edits as TextEdit[]);
}

const clients: LspTestClient[] = [];
afterAll(async () => {
  for (const client of clients) await client.stop();
});

describe('the server under a seeded storm of edits', () => {
  for (const seed of SEEDS) {
    it(`seed ${seed}: ${STEPS} steps, every published result and edit matches an in-process lint`, { timeout: 180_000 }, async () => {
      const random = generator(seed);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
      const client = new LspTestClient();
      clients.push(client);
      await client.initialize();
      const uri = `file:///workspace/fuzz-${seed}.ts`;
      let text = BASE;
      let version = 1;
      await client.open(uri, 'typescript', text);
      const figures = { edits: 0, checkedPublications: 0, reportsChecked: 0, codeActionRequests: 0, checkedEdits: 0, reopens: 0, lateConfigurations: 0 };

      const lineCount = (): number => text.split(/\r\n|\r|\n/).length;
      const randomPosition = (): { line: number; character: number } => {
        const roll = random();
        if (roll < 0.05) return { line: 1e9, character: 0 };
        if (roll < 0.1) return { line: Math.floor(random() * lineCount()), character: 1e9 };
        if (roll < 0.13) return { line: lineCount() + Math.floor(random() * 3), character: Math.floor(random() * 5) };
        return { line: Math.floor(random() * lineCount()), character: Math.floor(random() * 60) };
      };

      /** Waits for the publication of the current version and checks it against an in-process lint. */
      const checkPublished = async (since: number): Promise<void> => {
        const published = await client.waitFor(
          () => client.published.slice(since).find(params => params.uri === uri && params.version === version),
          ANSWER_BOUND_MS,
        );
        expect(
          published.diagnostics.map(diagnostic => diagnostic.range),
          `seed ${seed}, version ${version}\n${text}`,
        ).toEqual(expectedRanges(text, 'typescript', uri));
        figures.checkedPublications++;
        figures.reportsChecked += published.diagnostics.length;
      };

      for (let step = 0; step < STEPS; step++) {
        const roll = random();
        const since = client.published.length;
        if (roll < 0.7) {
          const kind = random();
          let range: Range;
          let insert: string;
          if (kind < 0.15) {
            // a reset through a range past the end: the whole text, and a few more functions
            range = { start: { line: 0, character: 0 }, end: { line: 1e9, character: 1e9 } };
            insert = BASE + Array.from({ length: Math.floor(random() * 3) }, () => pick(LINES.slice(-2))).join('');
          } else if (kind < 0.85) {
            const line = Math.floor(random() * (lineCount() + 1));
            range = { start: { line, character: 0 }, end: { line, character: 0 } };
            insert = pick(LINES);
          } else {
            const start = randomPosition();
            range = { start, end: random() < 0.5 ? start : randomPosition() };
            insert = pick(NOISE);
          }
          version = await client.changeRange(uri, range, insert);
          text = applyEdit(text, range, insert);
          figures.edits++;
          if (random() < 0.35) await checkPublished(since);
        } else if (roll < 0.88) {
          // a code action where the lint of the current text reports, or anywhere
          const messages = expectedMessages(text, 'typescript', uri);
          const ranges = expectedRanges(text, 'typescript', uri);
          const index = Math.floor(random() * (ranges.length + 1));
          const range: Range = ranges[index] ?? { start: randomPosition(), end: randomPosition() };
          const started = Date.now();
          const actions = await client.codeActions(uri, range, ['quickfix']);
          expect(Date.now() - started).toBeLessThan(ANSWER_BOUND_MS);
          figures.codeActionRequests++;
          const fixes = actions.filter(action => !action.title.startsWith('Disable '));
          const wanted = messages.filter((_, position) => position === index).flatMap(message => message.suggestions);
          if (index < ranges.length) expect(fixes.length, `seed ${seed} step ${step}`).toBeGreaterThanOrEqual(wanted.length);
          for (const fix of fixes) {
            const applied = applyAction(fix, uri, text, version);
            const expected = messages
              .flatMap(message => message.suggestions)
              .map(suggestion => text.slice(0, suggestion.range[0]) + suggestion.text + text.slice(suggestion.range[1]));
            expect(expected, `seed ${seed} step ${step}: an edit no in-process suggestion gives`).toContain(applied);
            figures.checkedEdits++;
          }
        } else if (roll < 0.95) {
          // closed and opened again, maybe with other text: versions start again at 1
          await client.close(uri);
          if (random() < 0.5) text = applyEdit(text, { start: randomPosition(), end: randomPosition() }, pick([...LINES, ...NOISE]));
          version = 1;
          await client.open(uri, 'typescript', text);
          figures.reopens++;
          await checkPublished(since);
        } else {
          // the settings change, and the client takes its time to answer for them
          let answer!: () => void;
          client.configurationGate = new Promise<void>(resolve => (answer = resolve));
          await client.changeSettings({});
          setTimeout(answer, Math.floor(random() * 400));
          figures.lateConfigurations++;
          await checkPublished(since);
          client.configurationGate = null;
        }
      }
      // the last text, settled
      const since = client.published.length;
      await client.change(uri, text);
      version++;
      await checkPublished(since);
      expect(client.isRunning).toBe(true);
      expect(client.logs.filter(line => line.includes('made the rule fail'))).toEqual([]);
      console.log(`fuzz seed ${seed}: ${JSON.stringify(figures)}`);
    });
  }
});
