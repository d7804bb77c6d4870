/**
 * Editor latency and memory of gather-language-server (`pnpm --filter gather-language-server bench`).
 *
 * 1. Latency: a realistic 2,000-line and 10,000-line TypeScript file is opened, then edited many
 *    times (one line changed per edit, waiting for the diagnostics each time). Reported: time from
 *    sending `didChange` to receiving `publishDiagnostics` for that version, p50 and p95. Such a
 *    change reaches an idle server, which lints it at once. Then typing: bursts of keystrokes
 *    TYPING_INTERVAL_MS apart, timed from the last keystroke of a burst to the diagnostics for
 *    its text; while a lint runs, the server waits LINT_DELAY_MS after the last change.
 * 2. Memory: an hour of editing compressed into a minute: 8 files opened and closed in turn,
 *    about 30 edits a second (an hour at one edit every two seconds is 1,800; this sends more),
 *    then the server's resident memory (VmRSS from /proc) at start, after warm-up and at the end.
 *
 * The server runs from its sources through tsx, like the tests; BENCH_BUNDLE=1 runs the bundled
 * dist/server.js of the VS Code extension instead.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { LINT_DELAY_MS } from '../src/server.js';
import { LspTestClient } from '../tests/lsp-client.js';

const HANDLER = (index: number): string => `
/** Loads everything the dashboard of account ${index} shows. */
export async function dashboard${index}(accountId: string, api: Api, db: Db): Promise<Dashboard> {
  const account = await api.getAccount(accountId);
  const owner = await api.getUser(account.ownerId);
  const invoices = await db.invoices.findMany({ where: { accountId } });
  const usage = await api.getUsage(accountId);
  if (invoices.length === 0) {
    await db.audit.create({ data: { accountId, event: 'empty-dashboard' } });
  }
  const totals = invoices.reduce((sum, invoice) => sum + invoice.amount, 0);
  for (const invoice of invoices.slice(0, 3)) {
    const payer = await api.getUser(invoice.payerId);
    notify(payer, totals);
  }
  return { account, owner, invoices, usage, totals, plan: await api.getPlan(account.planId) };
}
`;

function realisticFile(lines: number): string {
  const perHandler = HANDLER(0).split('\n').length - 1;
  return `import type { Api, Db, Dashboard } from './types';\nimport { notify } from './notify';\n${Array.from({ length: Math.ceil(lines / perHandler) }, (_, index) => HANDLER(index)).join('')}`;
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))]!;
}

function residentMegabytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

const KEYSTROKES_PER_BURST = 8;
const TYPING_INTERVAL_MS = 60;

const serverArguments = process.env.BENCH_BUNDLE ? [fileURLToPath(new URL('../../vscode-extension/dist/server.js', import.meta.url))] : undefined;

async function latency(lines: number, edits: number): Promise<string> {
  const client = new LspTestClient(serverArguments);
  await client.initialize();
  const uri = `file:///bench/dashboard-${lines}.ts`;
  let text = realisticFile(lines);
  await client.open(uri, 'typescript', text);
  await client.diagnostics(uri, (_, version) => version === 1);
  const timings: number[] = [];
  const textLines = text.split('\n');
  for (let edit = 0; edit < edits; edit++) {
    // change one line: a comment inside a handler, a different one each time
    const target = 4 + ((edit * 37) % (textLines.length - 8));
    textLines[target] = `${textLines[target]} // edit ${edit}`;
    text = textLines.join('\n');
    const since = client.published.length;
    const start = performance.now();
    const version = await client.change(uri, text);
    await client.diagnostics(uri, (_, published) => published === version, since);
    timings.push(performance.now() - start);
  }
  const diagnostics = client.published.at(-1)!.diagnostics.length;
  const parser = client.logs.find(line => line.includes('parsed with')) ?? 'no parser named in the log';
  const typing: number[] = [];
  for (let burst = 0; burst < Math.ceil(edits / 5); burst++) {
    const target = 4 + ((burst * 53) % (textLines.length - 8));
    let version = 0;
    let start = 0;
    const since = client.published.length;
    for (let key = 0; key < KEYSTROKES_PER_BURST; key++) {
      // a comment typed at the end of a line: every intermediate text parses, as most of a real burst does
      textLines[target] = `${textLines[target]}${key === 0 ? ' // ' : 'typed'.charAt(key % 5)}`;
      text = textLines.join('\n');
      start = performance.now();
      version = await client.change(uri, text);
      await new Promise(resolve => setTimeout(resolve, key === KEYSTROKES_PER_BURST - 1 ? 0 : TYPING_INTERVAL_MS));
    }
    await client.diagnostics(uri, (_, published) => published === version, since);
    typing.push(performance.now() - start);
    // let the server fall idle before the next burst
    await new Promise(resolve => setTimeout(resolve, LINT_DELAY_MS * 3));
  }
  await client.stop();
  const p50 = percentile(timings, 0.5);
  const p95 = percentile(timings, 0.95);
  const typingP50 = percentile(typing, 0.5);
  const typingP95 = percentile(typing, 0.95);
  return `${String(textLines.length).padStart(6)} lines | ${String(edits).padStart(4)} edits | p50 ${p50.toFixed(0).padStart(5)} ms | p95 ${p95.toFixed(0).padStart(5)} ms | ${typing.length} bursts of ${KEYSTROKES_PER_BURST} keystrokes ${TYPING_INTERVAL_MS} ms apart: p50 ${typingP50.toFixed(0).padStart(5)} ms | p95 ${typingP95.toFixed(0).padStart(5)} ms | ${diagnostics} diagnostics\n         (${parser})`;
}

async function memory(seconds: number): Promise<string> {
  const client = new LspTestClient(serverArguments);
  await client.initialize();
  const atStart = residentMegabytes(client.pid);
  const files = Array.from({ length: 8 }, (_, index) => ({ uri: `file:///bench/session-${index}.ts`, text: realisticFile(600 + index * 200) }));
  for (const file of files) await client.open(file.uri, 'typescript', file.text);
  await client.diagnostics(files.at(-1)!.uri);
  const afterWarmUp = residentMegabytes(client.pid);
  const deadline = Date.now() + seconds * 1000;
  let edits = 0;
  let reopened = 0;
  const samples: number[] = [];
  let nextSample = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (Date.now() >= nextSample) {
      samples.push(residentMegabytes(client.pid));
      nextSample += 10_000;
    }
    const file = files[edits % files.length]!;
    file.text = `${file.text.slice(0, 200)}${edits % 2 ? ' ' : ''}${file.text.slice(200)}`;
    await client.change(file.uri, file.text);
    edits++;
    if (edits % 300 === 0) {
      // close and reopen a file now and then, as an editor does with tabs
      await client.close(file.uri);
      await client.open(file.uri, 'typescript', file.text);
      reopened++;
    }
    await new Promise(resolve => setTimeout(resolve, 33));
  }
  await new Promise(resolve => setTimeout(resolve, 2000));
  const atEnd = residentMegabytes(client.pid);
  await client.stop();
  return `${seconds} s, ${edits} edits over ${files.length} files, ${reopened} close/reopen | RSS start ${atStart.toFixed(0)} MB, after warm-up ${afterWarmUp.toFixed(0)} MB, every 10 s ${samples.map(sample => sample.toFixed(0)).join(' ')} MB, end ${atEnd.toFixed(0)} MB`;
}

console.log(`gather-language-server, node ${process.version}, ${serverArguments ? 'bundled dist/server.js' : 'sources via tsx'}`);
if (!process.env.BENCH_MEMORY_ONLY) {
  console.log(await latency(2_000, Number(process.env.BENCH_EDITS ?? 100)));
  console.log(await latency(10_000, Number(process.env.BENCH_EDITS ?? 100) / 2));
}
console.log(await memory(Number(process.env.BENCH_SECONDS ?? 60)));
