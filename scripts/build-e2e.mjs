// Bundles the e2e tests module for VS Code's extension host: test/e2e/index.ts and each suite
// (test/e2e/*.test.ts, and sabotage.ts for the runner's guard check) into dist/test/e2e/, CommonJS
// for Node, with `vscode` (given by the extension host) and mocha (from node_modules, so every
// suite and index.js share one instance) left as requires. The extension itself is built by
// esbuild.mjs; run `npm run build` first. Source maps inline, so failures point into the .ts files.
//   node scripts/build-e2e.mjs
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';

const OUT = 'dist/test/e2e';
const suites = readdirSync('test/e2e').filter((f) => f.endsWith('.test.ts') || f === 'sabotage.ts');

const started = Date.now();
rmSync(OUT, { recursive: true, force: true });
await esbuild.build({
  entryPoints: ['test/e2e/index.ts', ...suites.map((f) => `test/e2e/${f}`)],
  outdir: OUT,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['vscode', 'mocha'],
  sourcemap: 'inline',
  sourcesContent: false,
  logLevel: 'warning',
});
console.log(`built ${OUT}/ (index.js and ${suites.length} suites) in ${Date.now() - started} ms`);
