// The tests module that VS Code's extension host loads (`extensionTestsPath`): `run()` is the
// contract of @vscode/test-electron and of the workbench's own browser integration tests. It runs
// the suites built beside it (dist/test/e2e/*.test.js) with mocha and settles when they are done;
// the extension host then exits with the number of failures.
//
// The workbench reports that exit code even when the extension host crashed or something called
// process.exit() halfway, as 0. So the last thing run() does is write the counts to the file named
// by STENOGRAM_E2E_RESULT: the runner (scripts/run-e2e.mjs) takes "0 and no result file" as a failure.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import * as vscode from 'vscode';
import { e2eVariable } from './environment';
import { finish, runSuites } from './results';

/**
 * Which suites run. `development` (the default): every suite against the extension under
 * development. `installed`: the smoke suite against the extension installed from the .vsix.
 */
const SUITES: Record<string, (file: string) => boolean> = {
  development: (file) => file !== 'smoke.test.js',
  installed: (file) => file === 'smoke.test.js',
};

export async function run(): Promise<void> {
  const mode = e2eVariable('STENOGRAM_E2E_MODE') ?? 'development';
  const select = SUITES[mode];
  if (!select) throw new Error(`STENOGRAM_E2E_MODE=${mode}: expected one of ${Object.keys(SUITES).join(', ')}`);
  const files = fs
    .readdirSync(__dirname)
    .filter((file) => file.endsWith('.test.js') && select(file))
    .sort();
  // Only this one suite: STENOGRAM_E2E_GREP=<part of a test's title>.
  const grep = e2eVariable('STENOGRAM_E2E_GREP');
  const mocha = new Mocha({ ui: 'tdd', color: false, reporter: 'spec', timeout: 30_000, ...(grep ? { grep } : {}) });
  for (const file of files) mocha.addFile(path.join(__dirname, file));
  if (e2eVariable('STENOGRAM_E2E_SABOTAGE')) mocha.addFile(path.join(__dirname, 'sabotage.js'));

  // The runner shows the extension host's console from this line on.
  console.log(`e2e: running ${files.join(', ')}${grep ? ` (only tests matching ${JSON.stringify(grep)})` : ''} in VS Code ${vscode.version}`);
  const result = await runSuites(mocha, files);
  const resultFile = e2eVariable('STENOGRAM_E2E_RESULT');
  if (resultFile) fs.writeFileSync(resultFile, JSON.stringify(result, null, 2));
  finish(result);
}
