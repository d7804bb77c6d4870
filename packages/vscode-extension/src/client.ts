import * as path from 'node:path';

import { window, type ExtensionContext, type LogOutputChannel } from 'vscode';
import { LanguageClient, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

import { StatusItem } from './status';

const LANGUAGES = ['javascript', 'javascriptreact', 'typescript', 'typescriptreact'];

/**
 * Owns the language client: starts the bundled server over IPC, restarts it, and keeps the
 * Language Status Item in step with it. The server pulls the `gather.*` settings itself.
 */
export class GatherClient {
  readonly output: LogOutputChannel;
  readonly #context: ExtensionContext;
  readonly #status: StatusItem;
  #client: LanguageClient | undefined;

  constructor(context: ExtensionContext) {
    this.#context = context;
    this.output = window.createOutputChannel('Gather', { log: true });
    this.#status = new StatusItem(LANGUAGES);
    context.subscriptions.push(this.output, this.#status);
  }

  async start(): Promise<void> {
    const serverModule = this.#context.asAbsolutePath(path.join('dist', 'server.js'));
    const serverOptions: ServerOptions = {
      run: { module: serverModule, transport: TransportKind.ipc },
      debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: LANGUAGES.flatMap(language => [
        { scheme: 'file', language },
        { scheme: 'untitled', language },
      ]),
      outputChannel: this.output,
    };
    const client = new LanguageClient('gather', 'Gather', serverOptions, clientOptions);
    client.onDidChangeState(({ newState }) => {
      this.#status.show(newState === State.Running ? 'ready' : newState === State.Starting ? 'starting' : 'stopped');
    });
    this.#client = client;
    this.#status.show('starting');
    try {
      await client.start();
    } catch (error) {
      this.#status.show('failed');
      this.output.error(`Gather could not start its language server: ${String(error)}`);
      void window.showErrorMessage('Gather could not start its language server. See the Gather output for details.');
    }
  }

  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  async stop(): Promise<void> {
    const client = this.#client;
    this.#client = undefined;
    if (client?.isRunning()) await client.stop();
    this.#status.show('stopped');
  }
}
