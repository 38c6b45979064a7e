// The tests module of a browser's web worker extension host (`node scripts/run-e2e.mjs --web`):
// the extension runs from its `browser` entry (dist/web/extension.js) and starts dist/web/server.js
// as a Web Worker; the suites run beside it, through the same `vscode` API. Built by
// scripts/build-e2e.mjs into one script (dist/test/e2e-web/index.js) that needs nothing but
// `vscode`: a web worker host loads a module that way, with no Node and no file system of its own.
// What the runner says comes from e2e.json, and the counts go to result.json, both beside the
// workspace folder, through vscode.workspace.fs (environment.ts).
import * as vscode from 'vscode';
import { besideWorkspace, e2eVariable, loadRunnerFile } from '../environment';
import { finish, runSuites } from '../results';
import { Mocha, useTdd } from './mocha';

/** The suites a web extension host runs, loaded once mocha's functions are set up, in name order:
 *  every test/e2e/*.test.ts but the smoke suite (the .vsix in a Node host; scripts/build-e2e.mjs
 *  fails the build when a suite is in neither list). Not the guard's sabotage (process.exit). */
const SUITES: [string, () => Promise<unknown>][] = [
  ['activation.test.js', () => import('../activation.test.js')],
  ['diagnostics.test.js', () => import('../diagnostics.test.js')],
  ['formatting.test.js', () => import('../formatting.test.js')],
  ['grammar.test.js', () => import('../grammar.test.js')],
  ['media.test.js', () => import('../media.test.js')],
  ['navigation.test.js', () => import('../navigation.test.js')],
  ['newTranscript.test.js', () => import('../newTranscript.test.js')],
  ['preview.test.js', () => import('../preview.test.js')],
  ['ui.test.js', () => import('../ui.test.js')],
  ['virtual.test.js', () => import('../virtual.test.js')],
  ['web/host.test.js', () => import('./host.test.js')],
  ['workspace.test.js', () => import('../workspace.test.js')],
];

export async function run(): Promise<void> {
  await loadRunnerFile();
  const grep = e2eVariable('STENOGRAM_E2E_GREP');
  const mocha = new Mocha({ ui: 'tdd', color: false, reporter: 'spec', timeout: 30_000, ...(grep ? { grep } : {}) });
  useTdd(mocha);
  for (const [, load] of SUITES) await load();
  const names = SUITES.map(([name]) => name);
  console.log(`e2e: running ${names.join(', ')}${grep ? ` (only tests matching ${JSON.stringify(grep)})` : ''} in VS Code ${vscode.version}, web extension host`);
  const result = await runSuites(mocha, names);
  await vscode.workspace.fs.writeFile(besideWorkspace('result.json'), new TextEncoder().encode(JSON.stringify(result, null, 2)));
  finish(result);
}
