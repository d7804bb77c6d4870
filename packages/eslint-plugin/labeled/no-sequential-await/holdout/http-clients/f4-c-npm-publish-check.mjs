// case: a prepublish script requires an npm login, reads package.json, then asks the registry and the downloads API about the package before publishing
// category: http-clients
// why: requireNpmUser is a guard and must pass before anything after it starts. package.json is read
//      next and both registry GETs need its name. The packument and the download count use nothing of
//      each other (A). `npm publish` is a discarded effect after an exit check.
import { readFile } from 'node:fs/promises';
import ky from 'ky';
import { $ } from 'execa';
import { requireNpmUser } from './lib/npm-auth.mjs';

const registry = process.env.npm_config_registry ?? 'https://registry.npmjs.org/';
const npmUser = await requireNpmUser(registry);
const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

const packument = /*@A*/ await ky.get(new URL(pkg.name.replace('/', '%2f'), registry), { throwHttpErrors: false }).json();
const downloads = /*@A*/ await ky
  .get(`https://api.npmjs.org/downloads/point/last-week/${pkg.name}`, { throwHttpErrors: false })
  .json();

if (packument.versions?.[pkg.version]) {
  console.log(`${pkg.name}@${pkg.version} is already published (${downloads.downloads ?? 0} downloads last week)`);
  process.exit(0);
}

const tag = pkg.version.includes('-') ? 'next' : 'latest';
await $({ stdio: 'inherit' })`npm publish --tag ${tag} --provenance --access public`;
console.log(`published ${pkg.name}@${pkg.version} as ${npmUser}`);
