// The language server as a browser Web Worker: what vscode.dev, github.dev and VS Code's web
// extension host start as dist/server.js (main.ts runs this side where no Node is). Messages come and go with postMessage on the
// worker's global scope. There is no file system here: the client reads the workspace's files for
// the server (stenogram/readFile), and a client that does not gets open documents only.
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { startServer } from './server';
import { NO_FILES } from './workspaceFiles';

/** Where a diagnostic's link points when the client names no copy of docs/rules.md. */
const PUBLISHED_RULES = 'https://github.com/stenogram/stenogram/blob/main/docs/rules.md';

// The worker's global scope (tsconfig has no DOM library: the type is the reader's own).
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection, { files: NO_FILES, rulesDocumentUrl: () => PUBLISHED_RULES });
