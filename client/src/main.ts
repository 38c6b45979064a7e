// The extension's one client bundle for every extension host, dist/extension.js (the manifest's
// `main` and `browser` both): in a Node host (VS Code desktop, a remote) node.ts starts the language
// server as a Node process; in a browser's web worker host (vscode.dev, github.dev) web.ts starts it
// as a Web Worker. Only the side that runs is evaluated: each is required when chosen, so a browser
// never loads the Node side's modules, and the .vsix carries the client once instead of twice.
import type * as vscode from 'vscode';

// Node's `process` in a Node extension host; nothing in a web worker host.
declare const process: { versions?: { node?: unknown } } | undefined;

interface Side {
  activate(context: vscode.ExtensionContext): Promise<void>;
  deactivate(): Thenable<void> | undefined;
}

const side: Side = typeof process === 'object' && typeof process?.versions?.node === 'string' ? require('./node') : require('./web');

export function activate(context: vscode.ExtensionContext): Promise<void> {
  return side.activate(context);
}

export function deactivate(): Thenable<void> | undefined {
  return side.deactivate();
}
