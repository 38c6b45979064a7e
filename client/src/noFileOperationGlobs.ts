// What the client bundles in minimatch's place (esbuild.mjs, `alias`). vscode-languageclient needs
// minimatch for one thing: matching the globs of a server's file-operation filters
// (`workspace.fileOperations`: willRename, didCreate…). Stenogram's server announces none
// (test/lsp/server.test.ts checks), so those 28 KB of glob matching would never run, in each of two
// client bundles of a .vsix that must stay under 500 KB. Should a server ever announce filters, the
// client says so (it logs "Ignoring invalid glob pattern…") instead of matching wrongly.
export class Minimatch {
  constructor(pattern: string) {
    throw new Error(`Stenogram's client matches no file-operation globs (${pattern}): its server announces no file operations`);
  }
}
