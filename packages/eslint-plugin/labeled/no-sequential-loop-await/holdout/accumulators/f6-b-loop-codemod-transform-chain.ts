// case: a codemod runner applies several jscodeshift transforms in turn to one file's source
// category: accumulators
// why: negative. `source` is an accumulator: each transform receives the source the previous
//      iteration produced, so iteration n+1's call needs iteration n's result. The writeFile after
//      the loop is outside it
import { readFile, writeFile } from 'node:fs/promises';
import jscodeshift, { type Transform } from 'jscodeshift';

export async function runTransforms(file: string, transformPaths: string[], dry = false) {
  const original = await readFile(file, 'utf8');
  let source = original;
  const j = jscodeshift.withParser('tsx');
  const api = { jscodeshift: j, j, stats: () => {}, report: (msg: string) => console.log(msg) };

  for (const transformPath of transformPaths) {
    const mod = (await import(transformPath)) as { default: Transform };
    const out = await mod.default({ path: file, source }, api, { parser: 'tsx' });
    if (typeof out === 'string' && out !== source) {
      console.log(`${transformPath}: changed ${file}`);
      source = out;
    }
  }

  if (source !== original && !dry) {
    await writeFile(file, source);
  }
  return source !== original;
}
