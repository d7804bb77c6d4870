// case: a `doctor` script counts source and test files in a sum and returns three config files in an object
// category: syntax-positions
// why: in countSources the two globs are the operands of `+` over different folders: group A. In
//      loadProjectConfig the three readJson calls are values of one returned object literal and read
//      three different files: group B (the .catch is part of the new work of the third). In doctor the
//      two local helpers only read files and take only root: group C. readJson's own await is alone
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'tinyglobby';

async function readJson(file) {
  return JSON.parse(await readFile(file, 'utf8'));
}

export async function countSources(root) {
  const total =
    (/*@A*/ await glob(['src/**/*.{ts,tsx}', '!**/*.d.ts'], { cwd: root })).length +
    (/*@A*/ await glob(['test/**/*.test.ts'], { cwd: root })).length;
  return total;
}

export async function loadProjectConfig(root) {
  return {
    pkg: /*@B*/ await readJson(path.join(root, 'package.json')),
    tsconfig: /*@B*/ await readJson(path.join(root, 'tsconfig.json')),
    biome: /*@B*/ await readJson(path.join(root, 'biome.json')).catch(() => null),
  };
}

export async function doctor(root = process.cwd()) {
  const config = /*@C*/ await loadProjectConfig(root);
  const files = /*@C*/ await countSources(root);
  console.log(`${config.pkg.name}: ${files} files, strict=${config.tsconfig.compilerOptions?.strict === true}`);
  if (!config.biome) console.warn('no biome.json found');
}
