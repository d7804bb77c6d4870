import { describe, expect, it } from 'vitest';

import { isReadOnlyCommand, READ_ONLY_COMMANDS } from '../../../src/analysis/calls/command-lines.js';
import { kindOf, operationsOf } from './classify.js';

const words = (line: string): string[] => line.split(' ');

describe('isReadOnlyCommand', () => {
  it.each([
    'git rev-parse --abbrev-ref HEAD',
    'git log -1 --format=%s',
    'git show main:pnpm-lock.yaml',
    'git config --get user.email',
    'git branch --show-current',
    'git remote get-url origin',
    'git remote -v',
    '/usr/bin/git diff --stat',
    'npm view react version',
    'pnpm ls --depth 0',
    'docker compose ps',
    'kubectl get pods -n prod',
    'kubectl config current-context',
    'gh pr view 12 --json title',
    'node --version',
    'node -v',
    'terraform --version',
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
    'git remote -v add upstream url',
    'git remote -v remove origin',
    'git config --get --add x y',
    'docker compose up -d config',
    'docker compose config -o resolved.yml',
    'gh pr create --title x --body list',
    'gh pr comment 12 --body view',
    'changeset version',
    'lerna version',
    'pytest -v',
    'ninja -v',
    'npm pack --dry-run',
    'hostname build-01',
    'constructor x',
    'toString',
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

  it('every entry of the table is words that must follow the executable, with at most a limit of further words', () => {
    for (const entries of READ_ONLY_COMMANDS.values())
      for (const entry of entries) expect(entry).toMatch(/^(?:-{0,2}[a-z][a-z-]*(?: -{0,2}[a-z][a-z-]*)*)?(?: ?#\d+)?$/);
  });
});

describe('subprocess calls by their command line', () => {
  it.each([
    ["import { execa } from 'execa';", "await execa('git', ['rev-parse', '--short', 'HEAD'])"],
    ["import { execa } from 'execa';", "await execa('git', ['log', '-1', '--format=%s'])"],
    ["import { execa } from 'execa'; const GIT = 'git';", "await execa(GIT, ['describe', '--tags'])"],
    ["import { execa } from 'execa';", "await execa('git', ['show', `v${version}:package.json`], { cwd })"],
    ["import { $ } from 'zx';", 'await $`git rev-parse HEAD`'],
    ["import { $ } from 'execa';", 'await $({ cwd })`npm view react version`'],
    ["import { exec } from 'node:child_process';", "await exec('git rev-parse HEAD')"],
  ])('%s %s reads', (setup, call) => {
    expect(kindOf(`${setup}\nasync function f(version, cwd) { ${call}; }`)).toBe('read');
  });

  it.each([
    ["import { execa } from 'execa';", "await execa('git', ['status'])"],
    ["import { execa } from 'execa';", "await execa('git', [subcommand, 'HEAD'])"],
    ["import { execa } from 'execa';", "await execa('git', ['log', ...extra])"],
    ["import { execa } from 'execa';", 'await execa(tool, args)'],
    ["import { $ } from 'zx';", 'await $`${tool} build`'],
    ["import { $ } from 'zx';", 'await $`git log > ${file}`'],
    ["import { $ } from 'zx';", 'await $`git rev-parse HEAD\ngit push origin main`'],
    ["import { $ } from 'zx';", 'await $({ shell: true })`git log`'],
    ["import { question } from 'zx';", "await question('which environment? ')"],
    ["import { execa } from 'execa';", "await execa('git', ['log', '-1'], { stdout: { file: 'out.txt' } })"],
    ["import { execa } from 'execa';", "await execa('git', ['log', '-1'], options)"],
    ["import { execa } from 'execa';", "await execa('hostname', args)"],
    ["import { execaCommand } from 'execa';", 'await execaCommand(\'gh issue create --title "Fix list view" --body x\')'],
    ["import { exec } from 'node:child_process';", 'await exec(`git log ${args}`)'],
    ["import { exec } from 'node:child_process';", "await exec('git rev-parse HEAD\\ngit push')"],
    ["import { exec } from 'node:child_process'; import { promisify } from 'node:util'; const run = promisify(exec);", "await run('git log -1')"],
    ["import { exec } from 'node:child_process'; import { promisify } from 'node:util'; const run = promisify(exec).bind(null);", "await run('git push')"],
    // words built at run time could be options: `--output=${file}` makes git write a file
    ["import { execa } from 'execa';", "await execa('git', ['diff', base, `--output=${file}`])"],
    ["import { execa } from 'execa';", "await execa('git', ['diff', '--output=' + file])"],
    ["import { execa } from 'execa';", "await execa('git', ['log', ref])"],
    ["import { $ } from 'zx';", 'await $`git show ${ref}:package.json`'],
    // a list or options held in a const may have been changed since
    ["import { execa } from 'execa'; const ARGS = ['log']; ARGS.push('--output=x');", "await execa('git', ARGS)"],
    ["import { execa } from 'execa'; const OPTIONS = { cwd: '.' };", "await execa('git', ['log'], OPTIONS)"],
    ["import { x } from 'tinyexec';", "await x('git', ['log'], { nodeOptions: { stdio: 'inherit' } })"],
    ["import { exec } from 'node:child_process';", "await exec('GIT_PAGER=/bin/cat git pull --rebase')"],
    ["import { exec } from 'node:child_process';", "await exec('cat $HOME/.npmrc')"],
  ])('%s %s stays ordered', (setup, call) => {
    expect(kindOf(`${setup}\nasync function f(subcommand, extra, tool, args, file, options, base, ref) { ${call}; }`)).toBe('ordered');
  });

  it('a read-only command conflicts with any earlier write: it reads what that write may have changed', () => {
    const [, diff] = operationsOf(
      "import { execa } from 'execa'; import { writeFile } from 'node:fs/promises';\nasync function f(text) { await writeFile('notes.md', text); await execa('git', ['diff', '--stat']); }",
    );
    expect(diff).toMatchObject({ kind: 'read', resource: null });
  });
});
