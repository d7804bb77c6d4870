// case: a VS Code command lists templates and reads a secret, asks two questions, then writes and opens the file
// category: fs-cli
// why: workspace.findFiles and secrets.get read different things (the workspace, the OS keychain) and
//      neither uses the other: group A. showQuickPick needs the templates; showInputBox is a second
//      prompt after the first, and its `if (!name) return` gates the template read. createDirectory
//      and writeFile are discarded effects; openTextDocument reads the file just written
import * as vscode from 'vscode';

function render(template: Uint8Array, name: string, token: string | undefined): Uint8Array {
  const text = new TextDecoder().decode(template).replaceAll('{{name}}', name).replaceAll('{{token}}', token ?? '');
  return new TextEncoder().encode(text);
}

export function activate(context: vscode.ExtensionContext) {
  context.subscriptions.push(
    vscode.commands.registerCommand('acme.newComponent', async () => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      if (!folder) return;

      const templates = /*@A*/ await vscode.workspace.findFiles('.templates/**/*.hbs', '**/node_modules/**');
      const token = /*@A*/ await context.secrets.get('acme.registryToken');

      const pick = await vscode.window.showQuickPick(
        templates.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), uri })),
        { placeHolder: 'Pick a template' },
      );
      if (!pick) return;
      const name = await vscode.window.showInputBox({
        prompt: 'Component name',
        validateInput: (v) => (/^[A-Z][A-Za-z0-9]*$/.test(v) ? undefined : 'PascalCase please'),
      });
      if (!name) return;

      const source = await vscode.workspace.fs.readFile(pick.uri);
      const target = vscode.Uri.joinPath(folder.uri, 'src', 'components', name);
      await vscode.workspace.fs.createDirectory(target);
      const fileUri = vscode.Uri.joinPath(target, `${name}.tsx`);
      await vscode.workspace.fs.writeFile(fileUri, render(source, name, token));
      const doc = await vscode.workspace.openTextDocument(fileUri);
      await vscode.window.showTextDocument(doc);
    }),
  );
}
