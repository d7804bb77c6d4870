// case: a `doctor` command of a dev CLI checks the node and pnpm versions and the current git commit
// category: fs-cli
// why: the three execa calls run read-only commands (--version, rev-parse) that share nothing and
//      take no input from each other; the checks after them only use their output
import { execa } from 'execa';
import pc from 'picocolors';

interface Problem { tool: string; message: string }

export async function doctor(): Promise<boolean> {
  const { stdout: nodeVersion } = /*@A*/ await execa('node', ['--version']);
  const { stdout: pnpmVersion } = /*@A*/ await execa('pnpm', ['--version']);
  const { stdout: commit } = /*@A*/ await execa('git', ['rev-parse', '--short', 'HEAD']);

  const problems: Problem[] = [];
  const nodeMajor = Number(nodeVersion.replace(/^v/, '').split('.')[0]);
  if (nodeMajor < 22) {
    problems.push({ tool: 'node', message: `found ${nodeVersion}, need v22 or later` });
  }
  if (!pnpmVersion.startsWith('10.')) {
    problems.push({ tool: 'pnpm', message: `found ${pnpmVersion}, the repo pins pnpm 10` });
  }

  console.log(`${pc.dim('commit')} ${commit}`);
  for (const problem of problems) {
    console.log(`${pc.red('✖')} ${problem.tool}: ${problem.message}`);
  }
  if (problems.length === 0) console.log(pc.green('✔ all good'));
  return problems.length === 0;
}
