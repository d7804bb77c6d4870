import path from 'node:path';

import ts from 'typescript';

import type { LintedFile } from './lint-corpus-file.js';
import { sample } from './seeded.js';

/**
 * Type-checks a sample of TypeScript files before and after applying all their suggestions at
 * once, and reports files with an error that was not there before. Each file is checked on its
 * own (`noResolve`): imports stay unresolved in both versions, so what differs is what the
 * rewrite did (a name used before its declaration, a duplicate name, a wrong annotation…).
 */
export function typeCheckSample(files: readonly LintedFile[], count: number): { checked: number; applied: number; failures: string[] } {
  const failures: string[] = [];
  let applied = 0;
  const chosen = sample(files, count, 7);
  for (const file of chosen) {
    const fixes = file.messages
      .map(message => message.suggestions?.[0]?.fix)
      .filter((fix): fix is NonNullable<typeof fix> => fix !== undefined)
      .sort((a, b) => a.range[0] - b.range[0]);
    let output = '';
    let position = 0;
    for (const fix of fixes) {
      if (fix.range[0] < position) continue;
      output += file.text.slice(position, fix.range[0]) + fix.text;
      position = fix.range[1];
      applied++;
    }
    output += file.text.slice(position);
    const before = diagnostics(file.file.path, file.text);
    const after = diagnostics(file.file.path, output);
    for (const [key, times] of after) {
      if (times > (before.get(key) ?? 0)) failures.push(`${file.file.path}: new "${key}"`);
    }
  }
  return { checked: chosen.length, applied, failures };
}

const OPTIONS: ts.CompilerOptions = {
  noEmit: true,
  noResolve: true,
  skipLibCheck: true,
  strict: true,
  // a rewrite must not leave a name unread: projects build with these
  noUnusedLocals: true,
  noUnusedParameters: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  jsx: ts.JsxEmit.Preserve,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  types: [],
};

/** The file's diagnostics as a multiset of "TS<code>: <message>". */
function diagnostics(fileName: string, text: string): Map<string, number> {
  const host = ts.createCompilerHost(OPTIONS);
  const getSourceFile = host.getSourceFile.bind(host);
  const normalized = path.resolve(fileName);
  host.getSourceFile = (name, languageVersion) =>
    path.resolve(name) === normalized ? ts.createSourceFile(name, text, languageVersion, true) : getSourceFile(name, languageVersion);
  host.readFile = name => (path.resolve(name) === normalized ? text : ts.sys.readFile(name));
  const program = ts.createProgram([normalized], OPTIONS, host);
  const source = program.getSourceFile(normalized)!;
  const counts = new Map<string, number>();
  for (const diagnostic of [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)]) {
    const key = `TS${diagnostic.code}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
