// The extension in a browser (vscode.dev, github.dev, a web extension host): the language server
// runs as a Web Worker, dist/web/server.js, spoken to with postMessage. It has no file system: the
// client reads the workspace's files for it (workspaceFiles.ts), as it does on the desktop.
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/browser';
import { activateWith } from './extension';

export { deactivate } from './extension';

// The browser's Worker (tsconfig has no DOM library: the type is the one the client takes). VS Code's
// web extension host lets it load a script from the extension's origin, as its LSP sample does.
declare const Worker: new (scriptUrl: string) => ConstructorParameters<typeof LanguageClient>[3];

export function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist/web/server.js');
  // The diagnostics' links go to the copy of docs/rules.md the extension ships (the server in a
  // worker cannot look for it).
  const rulesDocument = vscode.Uri.joinPath(context.extensionUri, 'docs/rules.md').toString();
  const createClient = (id: string, name: string, options: LanguageClientOptions) => new LanguageClient(id, name, options, new Worker(serverMain.toString(true)));
  return activateWith(context, createClient, { rulesDocument });
}
