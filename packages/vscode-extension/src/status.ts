import { languages, LanguageStatusSeverity, type Disposable, type LanguageStatusItem } from 'vscode';

type ServerStatus = 'starting' | 'ready' | 'stopped' | 'failed';

const LOOKS: Record<ServerStatus, { text: string; detail: string; severity: LanguageStatusSeverity }> = {
  starting: { text: 'Gather', detail: 'starting its language server', severity: LanguageStatusSeverity.Information },
  ready: { text: 'Gather', detail: 'ready: independent awaits and loops are underlined as you type', severity: LanguageStatusSeverity.Information },
  stopped: { text: 'Gather stopped', detail: 'run "Gather: Restart Server" to start it', severity: LanguageStatusSeverity.Warning },
  failed: { text: 'Gather failed', detail: 'its language server could not start: see its output', severity: LanguageStatusSeverity.Error },
};

/**
 * The server's state as a Language Status Item (the `{}` beside the language mode, as
 * vscode-eslint shows its own): shown for the languages Gather lints, busy while the server
 * starts, a warning or an error when it stopped or failed, and a link to the output.
 */
export class StatusItem implements Disposable {
  readonly #item: LanguageStatusItem;

  constructor(languageIds: readonly string[]) {
    this.#item = languages.createLanguageStatusItem('gather.status', [...languageIds]);
    this.#item.name = 'Gather';
    this.#item.command = { title: 'Show Output', command: 'gather.showOutput' };
  }

  show(status: ServerStatus): void {
    const look = LOOKS[status];
    this.#item.text = look.text;
    this.#item.detail = look.detail;
    this.#item.severity = look.severity;
    this.#item.busy = status === 'starting';
    // screen readers (and the end-to-end tests) read this
    this.#item.accessibilityInformation = { label: `Gather: ${status}` };
  }

  dispose(): void {
    this.#item.dispose();
  }
}
