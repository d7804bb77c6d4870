// case: a release script publishes each changed package to npm in dependency order
// category: fs-cli
// why: not reported: `npm publish` is a write (a release), the packages are in dependency order,
//      and the stdout only gets logged
import { execa } from 'execa';

export async function publishAll(ordered: { name: string; dir: string; version: string }[], tag = 'latest') {
  for (const pkg of ordered) {
    const { stdout } = await execa('npm', ['publish', '--access', 'public', '--tag', tag], { cwd: pkg.dir });
    console.log(`published ${pkg.name}@${pkg.version}\n${stdout}`);
  }
}
