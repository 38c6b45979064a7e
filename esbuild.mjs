// Bundles the extension for every platform: the client once for both (dist/extension.js, from
// client/src/main.ts: the manifest's `main` for a Node extension host and `browser` for vscode.dev
// and github.dev), the language server once for both (dist/server.js, from server/src/main.ts: an
// IIFE script, which Node runs as a module and a browser as a Web Worker's script), each bundle
// evaluating only the side its platform has; and the CLI, for Node (dist/cli.js). The webviews' own files go to dist/media/ once,
// for both platforms: the live preview's script and the statistics view's style sheet, which the
// pages load from there (client/src/webviewPage.ts).
//   node esbuild.mjs               development build with source maps
//   node esbuild.mjs --production  minified, no source maps (what the .vsix ships)
//   node esbuild.mjs --watch       rebuild on change
import * as esbuild from 'esbuild';
import { chmodSync } from 'node:fs';
import { vscodeVersion } from './scripts/vscodeVersionPlugin.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
  charset: 'utf8',
};

/** The client bundles without minimatch, which only matches file-operation globs its server never
 *  announces (client/src/noFileOperationGlobs.ts). */
const client = { external: ['vscode'], alias: { minimatch: './client/src/noFileOperationGlobs.ts' } };

/** The live preview's page script (the webviews' other files are static, in media/): for a browser. */
const webview = { ...common, platform: 'browser', target: 'es2022', outdir: 'dist/media', format: 'iife' };

const builds = [
  {
    ...common,
    ...client,
    entryPoints: { extension: 'client/src/main.ts' },
    outdir: 'dist',
    target: 'es2022',
    // Both sides' entries of the language client resolve (`vscode-languageclient/node`, `/browser`).
    conditions: ['browser'],
    plugins: [vscodeVersion],
  },
  {
    ...common,
    entryPoints: { server: 'server/src/main.ts' },
    outdir: 'dist',
    format: 'iife',
    target: 'es2022',
    // Both sides' entries of the language server library resolve (`vscode-languageserver/node` and
    // `/browser`); fflate's browser build, which needs nothing of Node, serves both (its Node build
    // requires `module` as it loads).
    conditions: ['browser'],
    alias: { fflate: 'fflate/browser' },
  },
  { ...webview, entryPoints: { preview: 'client/src/previewScript.ts' } },
  {
    ...common,
    entryPoints: { cli: 'server/src/cli/index.ts' },
    outdir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
  },
];

if (watch) {
  const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('[watch] watching client/src, server/src and protocol');
} else {
  const started = Date.now();
  await Promise.all(builds.map((b) => esbuild.build(b)));
  chmodSync('dist/cli.js', 0o755);
  console.log(`built dist/ (${production ? 'production' : 'development'}) in ${Date.now() - started} ms`);
}
