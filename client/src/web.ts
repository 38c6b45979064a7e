// The extension in a browser (vscode.dev, github.dev, a web extension host; main.ts runs this side
// where no Node is): the language server
// runs as a Web Worker, dist/server.js (the one server bundle, which runs its browser side in a
// worker: server/src/main.ts), spoken to with postMessage. It has no file system: the
// client reads the workspace's files for it (workspaceFiles.ts), as it does on the desktop.
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/browser';
import { activateWith } from './extension';

export { deactivate } from './extension';

// The browser's Worker and Blob, and URL.createObjectURL (tsconfig has no DOM library).
declare const Worker: new (scriptUrl: string) => object;
declare const Blob: new (parts: Uint8Array[], options: { type: string }) => object;
declare const URL: { createObjectURL(blob: object): string };

export function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverMain = vscode.Uri.joinPath(context.extensionUri, 'dist/server.js');
  // The diagnostics' links go to the copy of docs/rules.md the extension ships (the server in a
  // worker cannot look for it).
  const rulesDocument = vscode.Uri.joinPath(context.extensionUri, 'docs/rules.md').toString();
  // The transports over the worker, made here: the client's own `instanceof Worker` does not know
  // the Worker that VS Code's web extension host puts in the browser's place.
  const startWorker: ServerOptions = async () => {
    const worker = new Worker(await workerScriptUrl(serverMain));
    return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
  };
  const createClient = (id: string, name: string, options: LanguageClientOptions) => new LanguageClient(id, name, startWorker, options);
  return activateWith(context, createClient, { rulesDocument });
}

/** A URL a Worker can start from. VS Code's web extension host starts one from the extension's own
 *  http(s) URL (vscode.dev and github.dev serve extensions so), but refuses a remote extension's
 *  `vscode-remote:` URL (code-server, a remote's web worker host): that script is read through
 *  VS Code's file system and started from a blob of the same origin. */
async function workerScriptUrl(script: vscode.Uri): Promise<string> {
  if (script.scheme === 'http' || script.scheme === 'https') return script.toString(true);
  const bytes = await vscode.workspace.fs.readFile(script);
  return URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' }));
}
