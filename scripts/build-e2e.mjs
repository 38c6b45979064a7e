// Bundles the e2e tests module for VS Code's extension host: test/e2e/index.ts and each suite
// (test/e2e/*.test.ts, and sabotage.ts for the runner's guard check) into dist/test/e2e/, CommonJS
// for Node, with `vscode` (given by the extension host) and mocha (from node_modules, so every
// suite and index.js share one instance) left as requires. The extension itself is built by
// esbuild.mjs; run `npm run build` first. Source maps inline, so failures point into the .ts files.
// Besides, the web tests module (test/e2e/web/index.ts → dist/test/e2e-web/index.js) for a browser's
// web worker extension host (run-e2e.mjs --web): one script that requires nothing but `vscode`,
// with mocha's browser build and a small node:assert (test/e2e/web/) in place of Node's.
//   node scripts/build-e2e.mjs
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const OUT = 'dist/test/e2e';
const WEB_OUT = 'dist/test/e2e-web';

/** What the suites import from Node, swapped for what a web worker can run. */
const BROWSER_STAND_INS = { mocha: 'test/e2e/web/mocha.ts', 'node:assert/strict': 'test/e2e/web/assert.ts' };
const standIns = {
  name: 'browser-stand-ins',
  setup(build) {
    build.onResolve({ filter: /^(mocha|node:assert\/strict)$/ }, (args) => ({ path: resolve(BROWSER_STAND_INS[args.path]) }));
  },
};
const suites = readdirSync('test/e2e').filter((f) => f.endsWith('.test.ts') || f === 'sabotage.ts');

/** Suites that need a Node extension host, left out of the web tests module. */
const NODE_ONLY_SUITES = ['smoke.test.ts'];
// Every suite runs in the web host too unless it is Node's only: test/e2e/web/index.ts lists them.
const webListed = [...readFileSync('test/e2e/web/index.ts', 'utf8').matchAll(/import\('\.\.\/([\w.]+)\.js'\)/g)].map((m) => `${m[1]}.ts`);
const unlisted = suites.filter((f) => f.endsWith('.test.ts') && !webListed.includes(f) && !NODE_ONLY_SUITES.includes(f));
if (unlisted.length) throw new Error(`test/e2e/web/index.ts does not list ${unlisted.join(', ')}: add it to SUITES there, or to NODE_ONLY_SUITES here`);

const started = Date.now();
rmSync(OUT, { recursive: true, force: true });
rmSync(WEB_OUT, { recursive: true, force: true });
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
await esbuild.build({
  entryPoints: ['test/e2e/web/index.ts'],
  outfile: `${WEB_OUT}/index.js`,
  bundle: true,
  platform: 'browser',
  target: 'es2022',
  format: 'cjs',
  external: ['vscode'],
  plugins: [standIns],
  sourcemap: 'inline',
  sourcesContent: false,
  logLevel: 'warning',
});
console.log(`built ${OUT}/ (index.js and ${suites.length} suites) and ${WEB_OUT}/index.js in ${Date.now() - started} ms`);
