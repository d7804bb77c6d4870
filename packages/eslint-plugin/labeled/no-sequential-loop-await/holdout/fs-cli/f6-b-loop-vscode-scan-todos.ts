// case: a VS Code command finds the workspace's TypeScript files, reads each and reports TODO comments as diagnostics
// category: fs-cli
// why: the findFiles result exists before the loop; each iteration reads its own uri with
//      workspace.fs.readFile and sets diagnostics for that uri (a synchronous keyed write the rewrite
//      keeps); nothing carries from one iteration to the next
import * as vscode from 'vscode';

const TODO = /\/\/\s*(TODO|FIXME)\b(.*)$/gm;

export async function scanTodos(collection: vscode.DiagnosticCollection) {
  const uris = await vscode.workspace.findFiles('src/**/*.{ts,tsx}', '**/node_modules/**', 2000);
  collection.clear();
  let count = 0;

  /*@A*/ for (const uri of uris) {
    const bytes = await vscode.workspace.fs.readFile(uri);
    const text = new TextDecoder().decode(bytes);
    const diagnostics: vscode.Diagnostic[] = [];
    for (const match of text.matchAll(TODO)) {
      const before = text.slice(0, match.index);
      const line = before.split('\n').length - 1;
      const range = new vscode.Range(line, 0, line, match[0].length);
      diagnostics.push(new vscode.Diagnostic(range, `${match[1]}:${match[2]}`, vscode.DiagnosticSeverity.Information));
    }
    collection.set(uri, diagnostics);
    count += diagnostics.length;
  }

  vscode.window.setStatusBarMessage(`${count} TODOs`, 5000);
}
