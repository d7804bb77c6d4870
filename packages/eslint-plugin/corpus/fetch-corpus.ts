/**
 * Assembles the corpus from the npm registry alone: `npm pack` (no install scripts run) of each
 * pinned package into a cache outside the repository ($GATHER_CORPUS_DIR, by default
 * ~/.cache/gather-corpus), unpacked, keeping readable sources only: no `.d.ts`, nothing minified
 * or bundled, nothing over 1 MB. A package already in the cache is not fetched again.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import type { CorpusPackage } from './packages.js';

export const CORPUS_DIR = process.env.GATHER_CORPUS_DIR ?? path.join(os.homedir(), '.cache', 'gather-corpus');

const SOURCE = /\.(?:[mc]?js|jsx|[mc]?ts|tsx)$/;
const TYPESCRIPT = /\.(?:[mc]?ts|tsx)$/;
const MAX_FILE_SIZE = 1_000_000;

export interface CorpusFile {
  readonly path: string;
  readonly packageName: string;
  readonly typescript: boolean;
}

/** The corpus files of a package, fetching and unpacking it first when it is not cached. */
export function corpusFiles(pkg: CorpusPackage): CorpusFile[] {
  const directory = path.join(CORPUS_DIR, `${pkg.name.replace('/', '__')}@${pkg.version}`);
  const marker = path.join(directory, '.complete');
  if (!existsSync(marker)) {
    rmSync(directory, { recursive: true, force: true });
    mkdirSync(directory, { recursive: true });
    const tarball = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', `${pkg.name}@${pkg.version}`], {
      cwd: directory,
      encoding: 'utf8',
      env: { ...process.env, npm_config_loglevel: 'error' },
    })
      .trim()
      .split('\n')
      .at(-1)!;
    execFileSync('tar', ['xzf', tarball], { cwd: directory });
    rmSync(path.join(directory, tarball));
    writeFileSync(marker, '');
  }
  const all = walk(path.join(directory, 'package')).filter(file => SOURCE.test(file) && isReadable(file));
  // a package "ships TypeScript sources" when they are a real share of it, not a stray test file
  const typescriptCount = all.filter(file => TYPESCRIPT.test(file)).length;
  const hasTypeScript = typescriptCount >= Math.max(5, 0.2 * (all.length - typescriptCount));
  // dual-format packages ship the same code as .js and .cjs: keep one
  const present = new Set(all);
  return all
    .filter(file => TYPESCRIPT.test(file) === hasTypeScript)
    .filter(file => !(file.endsWith('.cjs') && present.has(file.replace(/\.cjs$/, '.js'))))
    .map(file => ({ path: file, packageName: pkg.name, typescript: TYPESCRIPT.test(file) }));
}

function walk(directory: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') files.push(...walk(full));
    } else if (entry.isFile()) {
      files.push(full);
    }
  }
  return files;
}

/** Not a declaration file, not minified or bundled (long lines), not over 1 MB. */
function isReadable(file: string): boolean {
  if (/[.-]d\.[mc]?ts$/.test(file) || /\.min\.[mc]?js$/.test(file)) return false;
  if (statSync(file).size > MAX_FILE_SIZE) return false;
  const text = readFileSync(file, 'utf8');
  const lines = text.split('\n');
  const longLines = lines.filter(line => line.length > 500).length;
  return longLines <= 2 && text.length / Math.max(lines.length, 1) < 150;
}
