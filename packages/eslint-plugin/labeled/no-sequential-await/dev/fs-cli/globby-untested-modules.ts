// case: a lint script globs source files and test files to list modules without tests
// category: fs-cli
// why: the two globby calls scan different patterns and neither uses the other's list; the
//      rest is synchronous set arithmetic on both results
import { globby } from 'globby';
import path from 'node:path';

export async function findUntestedModules(cwd: string): Promise<string[]> {
  const sources = /*@A*/ await globby(['src/**/*.ts', '!src/**/*.d.ts', '!src/**/index.ts'], { cwd, gitignore: true });
  const tests = /*@A*/ await globby(['test/**/*.test.ts', 'src/**/*.spec.ts'], { cwd, gitignore: true });

  const covered = new Set(
    tests.map((file) =>
      file
        .replace(/^test\//, 'src/')
        .replace(/\.(test|spec)\.ts$/, '.ts'),
    ),
  );

  return sources.filter((file) => !covered.has(file)).map((file) => path.join(cwd, file));
}
