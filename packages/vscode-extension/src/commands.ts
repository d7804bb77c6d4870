import { commands, type ExtensionContext } from 'vscode';

import type { GatherClient } from './client';

/** "Gather: Restart Server" and "Gather: Show Output"; both work whether the server runs or not. */
export function registerCommands(context: ExtensionContext, client: GatherClient): void {
  context.subscriptions.push(
    commands.registerCommand('gather.restartServer', () => client.restart()),
    commands.registerCommand('gather.showOutput', () => {
      client.output.show(true);
    }),
  );
}
