// Installs what the end-to-end tests need into <repo>/.tools/e2e (git-ignored), not into the
// project's dependencies: Node 24 from the npm registry (code-server insists on it), code-server
// (VS Code OSS) under that Node, and playwright-core to drive Debian's Chromium. Idempotent:
// a finished install is kept. Debian packages (chromium, libkrb5-dev) are .ci/run's to install.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { TOOLS, NODE24_BIN, CODE_SERVER, VERSIONS } from './paths.mjs';

/**
 * The environment for npm: without the npm_* variables that pnpm sets for its scripts. Under
 * `pnpm test:e2e`, npm_config_user_agent says pnpm, and code-server's postinstall then stops
 * ("Could not determine which package manager is being used").
 */
const npmEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));

function npmInstall(directory, packages, env = npmEnv) {
  mkdirSync(directory, { recursive: true });
  if (!existsSync(path.join(directory, 'package.json'))) writeFileSync(path.join(directory, 'package.json'), '{"private":true}\n');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--foreground-scripts', ...packages], {
    cwd: directory,
    env: { ...env, npm_config_loglevel: 'error' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

function step(text) {
  console.log(`[e2e tools] ${text}`);
}

const started = Date.now();
if (!existsSync(path.join(NODE24_BIN, 'node'))) {
  step(`node@${VERSIONS.node}`);
  npmInstall(path.join(TOOLS, 'node24'), [`node@${VERSIONS.node}`]);
}
const node24 = path.dirname(NODE24_BIN);
// code-server's postinstall compiles native modules against the running Node: run npm on Node 24,
// with Node 24's headers (this machine's npm config points node-gyp at Node 20's)
const node24Env = { ...npmEnv, PATH: `${NODE24_BIN}:${process.env.PATH}`, npm_config_nodedir: node24 };
const spdlog = path.join(TOOLS, 'cs/node_modules/code-server/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node');
if (!existsSync(CODE_SERVER) || !existsSync(spdlog)) {
  step(`code-server@${VERSIONS.codeServer} (compiles native modules, about two minutes)`);
  npmInstall(path.join(TOOLS, 'cs'), [`code-server@${VERSIONS.codeServer}`], node24Env);
}
if (!existsSync(path.join(TOOLS, 'driver/node_modules/playwright-core'))) {
  step(`playwright-core@${VERSIONS.playwright}`);
  npmInstall(path.join(TOOLS, 'driver'), [`playwright-core@${VERSIONS.playwright}`]);
}
// npm may one day skip install scripts and still "succeed": check the result (see shared notes)
const version = execFileSync(CODE_SERVER, ['--config', '/dev/null', '--version'], { env: node24Env, encoding: 'utf8' });
if (!version.includes(VERSIONS.codeServer) || !existsSync(spdlog)) {
  throw new Error(`code-server is not usable: ${version} (spdlog native module ${existsSync(spdlog) ? 'present' : 'missing'})`);
}
if (!existsSync('/usr/bin/chromium')) throw new Error('Debian chromium is missing: apt-get install -y chromium');
step(`ready in ${((Date.now() - started) / 1000).toFixed(0)} s: ${version.split('\n')[0]}`);
