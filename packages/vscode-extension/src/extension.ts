import type { ExtensionContext } from 'vscode';

import { GatherClient } from './client';
import { registerCommands } from './commands';

let client: GatherClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  client = new GatherClient(context);
  registerCommands(context, client);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
