// case: a CI script runs ESLint and tsc, pushing progress notes to an array it posts at the end
// category: statements-between
// why: `notes.push` writes a local array that tsc does not read, so it can stay between the two
//      independent checks; postComment is awaited for its effect and reads notes and both results
import { ESLint } from 'eslint';
import { execa } from 'execa';
import { postComment } from './github';

export async function ciChecks(files: string[], prNumber: number): Promise<void> {
  const notes: string[] = [];
  const eslint = new ESLint({ cache: true });

  const lintResults = /*@A*/ await eslint.lintFiles(files);
  notes.push('eslint finished');
  const tsc = /*@A*/ await execa('tsc', ['--noEmit', '-p', '.'], { reject: false });
  notes.push('tsc finished');

  const errors = ESLint.getErrorResults(lintResults).length;
  await postComment(prNumber, [...notes, `${errors} lint errors`, `tsc exit ${tsc.exitCode}`].join('\n'));
}
