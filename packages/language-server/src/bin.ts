#!/usr/bin/env node
// gather-language-server: speaks LSP over --stdio (any editor) or --node-ipc (VS Code).
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';

import { startServer } from './server.js';

const connection = createConnection(ProposedFeatures.all);
// a rule that throws is caught per document in lint-document.ts; this is the last line of defence
process.on('uncaughtException', error => {
  connection.console.error(`gather: ${error.stack ?? error.message}`);
});
startServer(connection);
connection.listen();
