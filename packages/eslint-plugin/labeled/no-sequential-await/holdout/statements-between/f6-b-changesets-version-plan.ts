// case: a custom `version` command loads the workspace packages, pre state and changesets, then applies the plan
// category: statements-between
// why: getPackages, readPreState and readChangesets each take only cwd and read different files: group A;
//      the console.log between them uses no result. readConfig needs `packages`, so it waits for the
//      first member. applyReleasePlan writes package.json files and changelogs, after everything
import { getPackages } from '@manypkg/get-packages';
import readChangesets from '@changesets/read';
import { read as readConfig } from '@changesets/config';
import { readPreState } from '@changesets/pre';
import assembleReleasePlan from '@changesets/assemble-release-plan';
import applyReleasePlan from '@changesets/apply-release-plan';

export async function version(cwd: string) {
  const packages = /*@A*/ await getPackages(cwd);
  const preState = /*@A*/ await readPreState(cwd);
  console.log('🦋 reading changesets');
  const changesets = /*@A*/ await readChangesets(cwd);
  const config = await readConfig(cwd, packages);

  if (changesets.length === 0) {
    console.log('🦋 no unreleased changesets found');
    return [];
  }

  const plan = assembleReleasePlan(changesets, packages, config, preState);
  for (const release of plan.releases) {
    console.log(`🦋 ${release.name}: ${release.oldVersion} -> ${release.newVersion}`);
  }
  const touchedFiles = await applyReleasePlan(plan, packages, config);
  return touchedFiles;
}
