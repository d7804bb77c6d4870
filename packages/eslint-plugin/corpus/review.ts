import path from 'node:path';

import { CORPUS_DIR } from './fetch-corpus.js';
import type { LintedFile } from './lint-corpus-file.js';
import { sample } from './seeded.js';

/**
 * A Markdown file of `count` reports picked with a fixed seed, each with its context and the
 * suggestion as a diff, and a line for a person's verdict.
 */
export function writeReview(files: readonly LintedFile[], count: number, seed: number, include: (file: string, line: number) => boolean = () => true): string {
  const reports = files.flatMap(file => file.messages.map(message => ({ file, message }))).filter(({ file, message }) => include(file.file.path, message.line));
  const chosen = sample(reports, count, seed);
  const parts = [`# Review sample: ${chosen.length} of ${reports.length} reports (seed ${seed})\n`];
  chosen.forEach(({ file, message }, index) => {
    const lines = file.text.split('\n');
    const first = Math.max(0, message.line - 3);
    const context = lines.slice(first, first + 10).map((line, offset) => `${String(first + offset + 1).padStart(5)} | ${line}`);
    parts.push(`## ${index + 1}. ${path.relative(CORPUS_DIR, file.file.path)}:${message.line}\n`);
    parts.push(`${message.message}\n\n\`\`\`\n${context.join('\n')}\n\`\`\`\n`);
    const fix = message.suggestions?.[0]?.fix;
    if (fix) {
      const start = file.text.lastIndexOf('\n', fix.range[0] - 1) + 1;
      const end = file.text.indexOf('\n', fix.range[1]);
      const original = file.text.slice(start, end === -1 ? undefined : end);
      const rewritten = file.text.slice(start, fix.range[0]) + fix.text + file.text.slice(fix.range[1], end === -1 ? undefined : end);
      const diff = [...original.split('\n').map(line => `- ${line}`), ...rewritten.split('\n').map(line => `+ ${line}`)];
      parts.push(`\`\`\`diff\n${diff.join('\n')}\n\`\`\`\n`);
    } else {
      parts.push('(no suggestion)\n');
    }
    parts.push('Verdict: \n');
  });
  return parts.join('\n');
}
