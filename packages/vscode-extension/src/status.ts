import { StatusBarAlignment, window, type Disposable, type StatusBarItem } from 'vscode';

type ServerStatus = 'starting' | 'ready' | 'stopped' | 'failed';

const LOOKS: Record<ServerStatus, { text: string; tooltip: string }> = {
  starting: { text: '$(sync~spin) Gather', tooltip: 'Gather is starting its language server' },
  ready: { text: '$(check) Gather', tooltip: 'Gather is ready: independent awaits are underlined as you type' },
  stopped: { text: '$(circle-slash) Gather', tooltip: 'Gather is stopped. Run "Gather: Restart Server" to start it' },
  failed: { text: '$(error) Gather', tooltip: 'Gather could not start. Click to see its output' },
};

/** The status bar item: shows whether the server is ready, so users (and tests) can tell. */
export class StatusItem implements Disposable {
  readonly #item: StatusBarItem;

  constructor() {
    this.#item = window.createStatusBarItem('gather.status', StatusBarAlignment.Right, 100);
    this.#item.name = 'Gather';
    this.#item.command = 'gather.showOutput';
  }

  show(status: ServerStatus): void {
    const look = LOOKS[status];
    this.#item.text = look.text;
    this.#item.tooltip = look.tooltip;
    // screen readers (and the end-to-end tests) read this instead of the icon
    this.#item.accessibilityInformation = { label: `Gather: ${status}` };
    this.#item.show();
  }

  dispose(): void {
    this.#item.dispose();
  }
}
