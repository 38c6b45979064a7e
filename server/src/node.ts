// The language server as a Node process: what VS Code desktop (and any editor speaking LSP over
// stdio or IPC) starts as dist/server.js (main.ts runs this side where Node is). It answers on the connection Node's transports give and,
// for a client that does not read the workspace's files for it, reads them from disk itself.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { diskFiles } from './diskFiles';
import { rulesDocumentUrl } from './rulesDocument';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all), { files: diskFiles, rulesDocumentUrl });
