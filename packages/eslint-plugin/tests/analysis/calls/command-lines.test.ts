import { describe, expect, it } from 'vitest';

import { isReadOnlyCommand, READ_ONLY_COMMANDS } from '../../../src/analysis/calls/command-lines.js';
import { kindOf } from './classify.js';

const words = (line: string): string[] => line.split(' ');

describe('isReadOnlyCommand', () => {
  it.each([
    'git rev-parse --abbrev-ref HEAD',
    'git log -1 --format=%s',
    'git show main:pnpm-lock.yaml',
    'git config --get user.email',
    'git branch --show-current',
    'git remote get-url origin',
    'git tag --list v*',
    '/usr/bin/git diff --stat',
    'npm view react version',
    'pnpm ls --depth 0',
    'docker compose -f out.yml config',
    'kubectl get pods -n prod',
    'kubectl config current-context',
    'gh pr view 12 --json title',
    'node --version',
    'terraform version',
    'which docker',
  ])('%s reads', line => {
    expect(isReadOnlyCommand(words(line))).toBe(true);
  });

  it.each([
    'git status',
    'git commit -m msg',
    'git config user.email a@b.c',
    'git branch feature',
    'git tag v1.0.0',
    'git remote add origin url',
    'git diff --output=patch.diff',
    'npm install',
    'npm config set registry x',
    'docker compose up -d',
    'kubectl apply -f deploy.yml',
    'gh pr create --fill',
    'cat a > b',
    'git log | head',
    'sudo git log',
    'npx tsc --version',
    'rm -rf dist',
    '… log',
    'git …',
  ])('%s does not', line => {
    expect(isReadOnlyCommand(words(line))).toBe(false);
  });

  it('every entry of the table is a subcommand, or one with the options or sub-subcommands that make it a query', () => {
    for (const entries of Object.values(READ_ONLY_COMMANDS))
      for (const entry of entries) expect(entry).toMatch(/^(?:$|[a-z][a-z-]*(?: (?:-{1,2}[a-z-]+|[a-z][a-z-]*)(?:\|(?:-{1,2}[a-z-]+|[a-z][a-z-]*))*)?$)/);
  });
});

describe('subprocess calls by their command line', () => {
  it.each([
    ["import { execa } from 'execa';", "await execa('git', ['rev-parse', '--short', 'HEAD'])"],
    ["import { execa } from 'execa';", "await execa('git', ['log', '-1', `--format=${format}`])"],
    ["import { execa } from 'execa'; const GIT = 'git'; const ARGS = ['describe', '--tags'];", 'await execa(GIT, ARGS)'],
    ["import { $ } from 'zx';", 'await $`git show ${ref}:package.json`'],
    ["import { $ } from 'execa';", 'await $({ cwd })`npm view ${name} version`'],
    ["import { exec } from 'node:child_process'; import { promisify } from 'node:util';", "await exec('git rev-parse HEAD')"],
  ])('%s %s reads', (setup, call) => {
    expect(kindOf(`${setup}\nasync function f(ref, format, name, cwd) { ${call}; }`)).toBe('read');
  });

  it.each([
    ["import { execa } from 'execa';", "await execa('git', ['status'])"],
    ["import { execa } from 'execa';", "await execa('git', [subcommand, 'HEAD'])"],
    ["import { execa } from 'execa';", "await execa('git', ['log', ...extra])"],
    ["import { execa } from 'execa';", 'await execa(tool, args)'],
    ["import { $ } from 'zx';", 'await $`${tool} build`'],
    ["import { $ } from 'zx';", 'await $`git log > ${file}`'],
  ])('%s %s stays ordered', (setup, call) => {
    expect(kindOf(`${setup}\nasync function f(subcommand, extra, tool, args, file) { ${call}; }`)).toBe('ordered');
  });
});
