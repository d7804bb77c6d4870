// case: a release script gathers the version, a headline and the breaking-change note with an imported readAnswer helper
// category: imported-helpers
// why: despite its name readAnswer asks a question on a shared readline interface and waits for the
//      user; three questions on one terminal must be asked in order, and writeFile is a discarded
//      effect after them
import { writeFile } from 'node:fs/promises';
import { readAnswer, closeTerminal } from './_modules/f2-terminal';

export async function collectReleaseNotes(currentVersion: string) {
  const version = await readAnswer('Next version', currentVersion);
  const headline = await readAnswer('Headline');
  const breaking = await readAnswer('Breaking changes (empty for none)');
  closeTerminal();

  if (!/^\d+\.\d+\.\d+(-[\w.]+)?$/.test(version)) {
    throw new Error(`"${version}" is not a semver version`);
  }

  const notes = [
    `## ${version}`,
    '',
    headline,
    ...(breaking ? ['', '### Breaking changes', '', breaking] : []),
    '',
  ].join('\n');

  await writeFile(`.changeset/release-${version}.md`, notes);
  return { version, notes };
}
