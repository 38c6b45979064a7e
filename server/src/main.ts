// The language server's one bundle for every platform, dist/server.js: a Node process where Node
// runs it (VS Code desktop, any editor over stdio or IPC: node.ts), a Web Worker's script where a
// browser does (vscode.dev, github.dev, a web extension host: browser.ts). Only the side that runs is
// evaluated: each is required when chosen, so a browser never loads the Node side's modules (fs,
// path, child_process), and the .vsix carries the server once instead of twice.

// Node's `process` where Node runs this; nothing in a Web Worker.
declare const process: { versions?: { node?: unknown } } | undefined;

if (typeof process === 'object' && typeof process?.versions?.node === 'string') require('./node');
else require('./browser');
