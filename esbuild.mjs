// Bundles the client, the server and the CLI into dist/ for Node, and the client and the server
// into dist/web/ for a browser (vscode.dev, github.dev: package.json `browser`; the server there is
// a Web Worker, so an IIFE script, not a module). The webviews' own files go to dist/media/ once,
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

/** @type {import('esbuild').BuildOptions} */
const web = { ...common, platform: 'browser', target: 'es2022', outdir: 'dist/web' };

const builds = [
  { ...common, ...client, entryPoints: { extension: 'client/src/node.ts' }, outdir: 'dist', plugins: [vscodeVersion] },
  { ...common, entryPoints: { server: 'server/src/node.ts' }, outdir: 'dist' },
  { ...web, ...client, entryPoints: { extension: 'client/src/web.ts' }, format: 'cjs' },
  { ...web, entryPoints: { server: 'server/src/browser.ts' }, format: 'iife' },
  { ...web, entryPoints: { preview: 'client/src/previewScript.ts', statistics: 'media/statistics.css' }, outdir: 'dist/media', format: 'iife' },
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
