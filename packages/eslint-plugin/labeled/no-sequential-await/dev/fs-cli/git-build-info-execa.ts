// case: a build step collects branch, short commit and last commit subject from git
// category: fs-cli
// why: three read-only git commands that take nothing from each other; the writeFile is awaited
//      for its effect and needs all three results
import { execa } from 'execa';
import { writeFile } from 'node:fs/promises';

interface BuildInfo {
  branch: string;
  commit: string;
  subject: string;
  builtAt: string;
}

export async function writeBuildInfo(outFile: string): Promise<BuildInfo> {
  const { stdout: branch } = /*@A*/ await execa('git', ['rev-parse', '--abbrev-ref', 'HEAD']);
  const { stdout: commit } = /*@A*/ await execa('git', ['rev-parse', '--short', 'HEAD']);
  const { stdout: subject } = /*@A*/ await execa('git', ['log', '-1', '--format=%s']);

  const info: BuildInfo = { branch, commit, subject, builtAt: new Date().toISOString() };
  await writeFile(outFile, `${JSON.stringify(info, null, 2)}\n`);
  return info;
}
