// case: a lint helper counts TODO comments in every markdown and source file it globs
// category: fs-cli
// why: not reported: the loop is a `for await` over fs.promises.glob, an async iterator (a
//      stateful source); it is not a loop over a collection that exists before it
import { glob, readFile } from 'node:fs/promises';

export async function countTodos(cwd: string) {
  const counts: Record<string, number> = {};
  for await (const file of glob('**/*.{ts,md}', { cwd, exclude: (f) => f.includes('node_modules') })) {
    const text = await readFile(`${cwd}/${file}`, 'utf8');
    const hits = text.match(/\bTODO\b/g)?.length ?? 0;
    if (hits > 0) counts[file] = hits;
  }
  return counts;
}
