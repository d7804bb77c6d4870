// case: a create-app CLI asks for a project name, checks the folder, asks for a template and copies it
// category: fs-cli
// why: readline questions read one stateful stdin in order; the access check needs the name and ends in an
//      exit; mkdir and cp are awaited for their effect, so nothing here may run together
import { access, cp, mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { stdin as input, stdout as output } from 'node:process';
import * as readline from 'node:readline/promises';

const rl = readline.createInterface({ input, output });

const name = (await rl.question('Project name: ')).trim() || 'my-app';
const target = resolve(process.cwd(), name);
const exists = await access(target).then(
  () => true,
  () => false,
);
if (exists) {
  console.error(`${target} already exists`);
  process.exit(1);
}

const template = (await rl.question('Template (minimal/full) [minimal]: ')).trim() || 'minimal';
rl.close();

await mkdir(target, { recursive: true });
await cp(new URL(`../templates/${template}/`, import.meta.url), target, { recursive: true });
console.log(`Created ${name} from the ${template} template.`);
