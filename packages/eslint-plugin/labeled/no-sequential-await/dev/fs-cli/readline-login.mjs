// case: a CLI login reads email and password from node:readline/promises, then logs in
// category: fs-cli
// why: both questions read the same readline interface one answer at a time (a stateful source);
//      the login uses both answers
import * as readline from 'node:readline/promises';
import { stdin as input, stdout as output } from 'node:process';
import { login } from './api.js';
import { saveCredentials } from './credentials.js';

const rl = readline.createInterface({ input, output });

try {
  const email = await rl.question('Email: ');
  const password = await rl.question('Password: ');
  const session = await login(email.trim(), password);
  await saveCredentials(session.token);
  console.log(`Logged in as ${session.user.name}`);
} finally {
  rl.close();
}
