'use strict';

const readline = require('node:readline/promises');
const { stdin, stdout } = require('node:process');

async function ask(question, { mask = false } = {}) {
  const rl = readline.createInterface({ input: stdin, output: stdout, terminal: true });
  if (mask) {
    rl._writeToOutput = function writeMasked(text) {
      rl.output.write(text.startsWith(question) ? text : '*');
    };
  }
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
  }
}

exports.ask = ask;
