// case: a create-package script wraps rl.question in a local `ask` arrow and asks three questions
// category: local-helpers
// why: ask() reads the one readline interface, a stateful source, so the questions must be asked
//      one at a time; createProject uses all answers
import readline from 'node:readline/promises';
import { stdin, stdout } from 'node:process';
import { createProject } from './templates.js';

const rl = readline.createInterface({ input: stdin, output: stdout });
const ask = (question, fallback = '') =>
  rl.question(`${question}${fallback ? ` (${fallback})` : ''}: `).then((answer) => answer.trim() || fallback);

const name = await ask('Package name', 'my-lib');
const license = await ask('License', 'MIT');
const author = await ask('Author');
rl.close();

await createProject({ name, license, author });
console.log(`Created ${name}`);
