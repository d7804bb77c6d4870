// case: a Rollup plugin builds a license banner from package.json, the git sha and the LICENSE holder
// category: syntax-positions
// why: the package.json read (its own statement) and the two helper calls inside the template literal
//      all read different things (a file, `git rev-parse`, another file) with only `cwd`; the template
//      uses pkg in its text but neither helper call takes it, so the three awaits are one group. Inside
//      the helpers each await is alone
import { readFile } from 'node:fs/promises';
import { execa } from 'execa';
import type { Plugin } from 'rollup';

async function gitSha(cwd: string): Promise<string> {
  const { stdout } = await execa('git', ['rev-parse', '--short', 'HEAD'], { cwd });
  return stdout.trim();
}

async function licenseHolder(cwd: string): Promise<string> {
  const text = await readFile(`${cwd}/LICENSE`, 'utf8');
  return /Copyright \(c\) \d{4}(?:-\d{4})? (.+)/.exec(text)?.[1] ?? 'the contributors';
}

export function bannerPlugin(cwd = process.cwd()): Plugin {
  let banner = '';
  return {
    name: 'license-banner',
    async buildStart() {
      const pkg = JSON.parse(/*@A*/ await readFile(`${cwd}/package.json`, 'utf8'));
      banner = `/*! ${pkg.name} v${pkg.version} (${/*@A*/ await gitSha(cwd)}) | (c) ${/*@A*/ await licenseHolder(cwd)} | ${pkg.license} */`;
    },
    renderChunk(code, chunk) {
      if (!chunk.isEntry) return null;
      return { code: `${banner}\n${code}`, map: null };
    },
  };
}
