// Runs the e2e suites (test/e2e, built to dist/test/e2e by scripts/build-e2e.mjs) inside a real
// VS Code, offline: code-server 4.99.3 (VS Code 1.99's server and workbench, set up by
// scripts/setup-e2e.sh) driven by Debian's chromium through playwright-core. See docs/e2e.md.
//
//   node scripts/run-e2e.mjs                 every suite, against the extension in this folder
//   node scripts/run-e2e.mjs --vsix [FILE]   the smoke suite, against FILE (default: the .vsix that
//                                            `npm run package` makes) installed into code-server
//   node scripts/run-e2e.mjs --web           the core suites with the extension in the browser's web
//                                            worker extension host (its `browser` entry, the server
//                                            as a Web Worker), as vscode.dev and github.dev run it
//   node scripts/run-e2e.mjs --check-guard   proves the runner fails a run that ends early with 0
//   node scripts/run-e2e.mjs --electron      every suite in VS Code desktop via @vscode/test-electron
//                                            (downloads VS Code: for machines that can)
// Options: --grep TEXT (only tests whose title has TEXT), --keep (keep the temporary folder),
// --timeout SECONDS (a whole session; default 300).
//
// How a session runs: code-server serves a temporary copy of test/e2e/fixtures with a fresh user
// data and extensions folder; chromium opens the workbench with the same payload VS Code's own
// browser integration tests use (extensionDevelopmentPath, extensionTestsPath); the remote
// extension host runs the tests module; the workbench calls codeAutomationExit(code) when it is
// done. That code is 0 even when the extension host crashed or a test called process.exit, so the
// tests module writes its counts to STENOGRAM_E2E_RESULT at the very end, and "0 without a result
// file" is a failure here. While the tests run, they can ask this runner to look at the workbench
// through the browser (STENOGRAM_E2E_UI, a loopback HTTP bridge): the Outline view, the Problems
// panel, the token inspector, the live preview's webview; screenshots go to test-results/.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = process.env.STENOGRAM_E2E_CACHE ?? path.join(ROOT, '.e2e-cache');
const CODE_SERVER = path.join(CACHE, 'host/node_modules/code-server');
const CHROMIUM = process.env.STENOGRAM_E2E_CHROMIUM ?? '/usr/bin/chromium';
const TESTS_MODULE = path.join(ROOT, 'dist/test/e2e/index.js');
/** The tests module of a web worker extension host (scripts/build-e2e.mjs): it must lie inside the
 *  extension's folder, so that VS Code runs it in the host the extension runs in. */
const WEB_TESTS_MODULE = path.join(ROOT, 'dist/test/e2e-web/index.js');
const FIXTURES = path.join(ROOT, 'test/e2e/fixtures');
const RESULTS = path.join(ROOT, 'test-results');
const MANIFEST = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const EXTENSION_ID = `${MANIFEST.publisher}.${MANIFEST.name}`;

/** User settings of every session: no welcome page, updates, telemetry or trust prompt, and
 *  views that show all they hold so the UI checks can read them. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'outline.collapseItems': 'alwaysExpand',
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
};

// ------------------------------------------------------------------------------------------------
// The verdict. A pure function of what a session ended with, so the guard's rules read in one place.

/**
 * @param {{ exitCode?: number | string, result?: any, timedOut?: number, aborted?: string }} ended
 *   exitCode: what the workbench reported; result: the tests module's result file, if written;
 *   timedOut: the seconds waited in vain; aborted: why the session ended before the workbench said
 * @returns {{ ok: boolean, message: string }}
 */
export function verdict({ exitCode, result, timedOut, aborted }) {
  const counts = result ? `${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped` : undefined;
  if (aborted) return { ok: false, message: aborted };
  if (timedOut) return { ok: false, message: `timed out after ${timedOut} s: VS Code never reported the end of the tests${counts ? ` (${counts})` : ''}` };
  if (exitCode !== 0) return { ok: false, message: `the extension host exited with code ${exitCode}${counts ? `: ${counts}` : ''}` };
  if (!result) {
    return {
      ok: false,
      message:
        'VS Code reported success (0) but the tests module wrote no result file: the extension host crashed, ' +
        'or something called process.exit, before the suites finished',
    };
  }
  if (result.failed > 0) return { ok: false, message: `exit code 0 but the result file says ${counts}` };
  if (result.passed === 0) return { ok: false, message: `no test ran (${counts})` };
  return { ok: true, message: counts };
}

// ------------------------------------------------------------------------------------------------
// One session in code-server.

/**
 * The web route: code-server's workbench runs in the browser and has a web worker extension host
 * beside the remote (Node) one. The user setting `remote.extensionKind` makes this extension a `web`
 * extension, which VS Code runs in that worker from its `browser` entry; the tests module, inside the
 * extension's folder, runs there too. A worker has no environment, so what the tests are told goes
 * to e2e.json beside the workspace folder (test/e2e/environment.ts); they write result.json there.
 */
const WEB_SETTINGS = { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } };

/**
 * @param {{ mode: string, env?: Record<string, string>, vsix?: string, grep?: string, keep?: boolean,
 *   timeoutSeconds: number, screenshots: boolean, quiet?: boolean, web?: boolean }} options
 */
async function runInCodeServer(options) {
  const entry = path.join(CODE_SERVER, 'out/node/entry.js');
  const testsModule = options.web ? WEB_TESTS_MODULE : TESTS_MODULE;
  if (!fs.existsSync(entry)) throw new Error(`code-server is not set up (${entry}): run bash scripts/setup-e2e.sh`);
  if (!fs.existsSync(testsModule)) throw new Error(`${path.relative(ROOT, testsModule)} is missing: run node scripts/build-e2e.mjs`);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stenogram-e2e-'));
  const dirs = {
    workspace: path.join(tmp, 'workspace'),
    userData: path.join(tmp, 'user-data'),
    extensions: path.join(tmp, 'extensions'),
    chromium: path.join(tmp, 'chromium'),
    config: path.join(tmp, 'config.yaml'),
    result: path.join(tmp, 'result.json'),
    log: path.join(tmp, 'code-server.log'),
  };
  fs.cpSync(FIXTURES, dirs.workspace, { recursive: true });
  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs.userData, 'User/settings.json'), JSON.stringify({ ...USER_SETTINGS, ...(options.web ? WEB_SETTINGS : {}) }, null, 2));
  fs.mkdirSync(dirs.extensions);
  // Its own config file: code-server would otherwise write one into ~/.config.
  fs.writeFileSync(dirs.config, 'auth: none\ncert: false\n');
  const common = ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--config', dirs.config];

  // The extension under test: this folder, or the .vsix installed like a user installs it with a
  // do-nothing extension as the development path (VS Code runs tests only with one).
  let developmentPath = ROOT;
  if (options.vsix) {
    const installed = spawnSync(process.execPath, [entry, ...common, '--install-extension', options.vsix], { encoding: 'utf8' });
    if (installed.status !== 0) throw new Error(`installing ${options.vsix} failed:\n${installed.stdout}${installed.stderr}`);
    log(installed.stdout.trim().split('\n').pop());
    developmentPath = path.join(tmp, 'harness');
    fs.mkdirSync(developmentPath);
    fs.writeFileSync(
      path.join(developmentPath, 'package.json'),
      JSON.stringify({ name: 'stenogram-e2e-harness', publisher: 'stenogram', version: '0.0.0', engines: { vscode: MANIFEST.engines.vscode } }),
    );
  }

  const cleanups = [];
  const cleanup = async () => {
    for (const fn of cleanups.reverse()) await fn().catch(() => {});
    if (options.keep) log(`kept ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    const bridge = await startUiBridge(options.screenshots);
    cleanups.push(() => bridge.close());
    const told = { STENOGRAM_E2E_MODE: options.mode, STENOGRAM_E2E_UI: bridge.url, ...(options.grep ? { STENOGRAM_E2E_GREP: options.grep } : {}) };
    if (options.web) fs.writeFileSync(path.join(tmp, 'e2e.json'), JSON.stringify(told, null, 2));

    // Its own process group (detached), so that the server, its extension host and the language
    // server it starts all end with one kill.
    const logFile = fs.openSync(dirs.log, 'w');
    const server = spawn(
      process.execPath,
      [entry, '--auth', 'none', '--bind-addr', '127.0.0.1:0', ...common, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', dirs.workspace],
      {
        detached: true,
        stdio: ['ignore', 'pipe', logFile],
        env: {
          ...process.env,
          STENOGRAM_E2E_RESULT: dirs.result,
          ...told,
          ...(options.vsix ? { STENOGRAM_E2E_INSTALLED_IN: dirs.extensions } : {}),
          ...options.env,
        },
      },
    );
    cleanups.push(async () => {
      await killGroup(server);
      fs.closeSync(logFile);
    });
    const port = await listeningPort(server, logFile, dirs.log);

    const { chromium } = await import('playwright-core');
    const context = await chromium.launchPersistentContext(dirs.chromium, {
      executablePath: CHROMIUM,
      headless: true,
      // Tall enough for the Outline view to show every row of the fixtures (its list renders only
      // the rows in sight).
      viewport: { width: 1280, height: 1280 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    cleanups.push(() => context.close());
    const page = context.pages()[0] ?? (await context.newPage());
    bridge.page = page;

    let finish;
    const finished = new Promise((resolve) => (finish = resolve));
    const hostLog = [];
    const printHostLog = hostLogPrinter(options.quiet);
    await page.exposeFunction('codeAutomationExit', (code) => finish({ exitCode: code }));
    server.on('exit', (code, signal) => finish({ aborted: `code-server exited (${signal ?? code}) before the tests ended` }));
    page.on('crash', () => finish({ aborted: 'the browser page crashed before the tests ended' }));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = format(...(Array.isArray(args) ? args : [args]));
      hostLog.push(line);
      printHostLog(type, line);
    });
    page.on('pageerror', (error) => hostLog.push(`[page error] ${error.message}`));

    const remote = (file) => `vscode-remote://127.0.0.1:${port}${file}`;
    const payload = [
      ['extensionDevelopmentPath', remote(developmentPath)],
      ['extensionTestsPath', remote(testsModule)],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ];
    const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(dirs.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    const timer = setTimeout(() => finish({ timedOut: options.timeoutSeconds }), options.timeoutSeconds * 1000);
    await page.goto(url);
    const ended = await finished;
    clearTimeout(timer);

    const result = fs.existsSync(dirs.result) ? JSON.parse(fs.readFileSync(dirs.result, 'utf8')) : undefined;
    const outcome = verdict({ ...ended, result });
    if (!outcome.ok && !options.quiet) {
      // mocha's report above has the details.
      for (const failure of result?.failures ?? []) console.error(`✗ ${failure.title}`);
      if (ended.timedOut || ended.aborted) console.error(`\n--- the workbench's log, last lines ---\n${hostLog.slice(-30).join('\n')}`);
      console.error(`\n--- code-server log (${dirs.log}), last lines ---\n${tail(fs.readFileSync(dirs.log, 'utf8'), 30)}`);
    }
    return { ...outcome, exitCode: ended.exitCode, result, hostLog };
  } finally {
    await cleanup();
  }
}

/** Waits for code-server's "HTTP server listening on http://127.0.0.1:NNNNN/" and returns NNNNN. */
function listeningPort(server, logFile, logPath) {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`code-server did not start listening in 60 s:\n${seen}`)), 60_000);
    server.stdout.on('data', (chunk) => {
      fs.writeSync(logFile, chunk);
      seen += chunk.toString('utf8');
      const match = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)\//.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    server.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited (${signal ?? code}) before listening:\n${seen}\n${readIfExists(logPath)}`));
    });
  });
}

async function killGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  let timer;
  const killed = await Promise.race([exited.then(() => true), new Promise((resolve) => (timer = setTimeout(() => resolve(false), 5000)))]);
  clearTimeout(timer);
  if (!killed) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

/**
 * The workbench forwards its own log and the extension host's console alike. Shown: what comes
 * after the tests module's first line ("e2e: running …"), that is mocha's report and the tests'
 * own output, less the failed lookups of the extension gallery (offline). STENOGRAM_E2E_VERBOSE=1
 * shows everything.
 */
function hostLogPrinter(quiet) {
  let testsStarted = false;
  return (type, line) => {
    if (line.startsWith('e2e: running')) testsStarted = true;
    const show = process.env.STENOGRAM_E2E_VERBOSE || (testsStarted && !quiet && !/ENOTFOUND|open-vsx\.org/.test(line));
    if (show) (type === 'error' ? console.error : console.log)(line);
  };
}

// ------------------------------------------------------------------------------------------------
// The UI bridge: the tests (in the extension host) ask, the browser answers.

async function startUiBridge(screenshots) {
  const bridge = { page: undefined, url: '', close: async () => {} };
  const server = http.createServer((request, response) => {
    // A web worker extension host asks from the workbench's origin: let it (loopback only).
    response.setHeader('access-control-allow-origin', '*');
    response.setHeader('access-control-allow-headers', 'content-type');
    if (request.method === 'OPTIONS') return void response.writeHead(204).end();
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', async () => {
      try {
        const args = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
        const check = UI_CHECKS[args.check];
        if (!check) throw new Error(`unknown UI check ${args.check}`);
        if (!bridge.page) throw new Error('no browser page yet');
        const answer = await check(bridge.page, args);
        if (screenshots && args.screenshot) {
          fs.mkdirSync(RESULTS, { recursive: true });
          const file = path.join(RESULTS, `${args.screenshot}.png`);
          await bridge.page.screenshot({ path: file });
          answer.screenshot = path.relative(ROOT, file);
        }
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(answer));
      } catch (error) {
        response.writeHead(500, { 'content-type': 'text/plain' });
        response.end(error instanceof Error ? error.stack : String(error));
      }
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  bridge.url = `http://127.0.0.1:${server.address().port}`;
  bridge.close = () => new Promise((resolve) => server.close(() => resolve()));
  return bridge;
}

/** How long a UI check waits for what it expects to appear on screen. */
const UI_DEADLINE_MS = 15_000;

/**
 * Each check waits until every text in `expect` is on screen in its part of the workbench (or
 * the deadline passes) and returns what is there; the test asserts on that.
 */
const UI_CHECKS = {
  /** The rows of the Outline view, as their labels ("В.Путин (event)"). */
  async outline(page, { expect = [], minRows = 0 }) {
    return { rows: await listRowsOnceShown(page, '.outline-pane', expect, minRows) };
  },
  /** The rows of the Problems panel, as their labels (message, source, code, position). */
  async problems(page, { expect = [], minRows = 0 }) {
    return { rows: await listRowsOnceShown(page, '.markers-panel', expect, minRows) };
  },
  /** The text of the Inspect Editor Tokens and Scopes widget. */
  async tokens(page, { expect = [] }) {
    const widget = page.locator('.token-inspect-widget');
    const deadline = Date.now() + UI_DEADLINE_MS;
    let text = '';
    while (Date.now() < deadline) {
      text = (await widget.count()) ? await widget.first().innerText() : '';
      if (expect.every((e) => text.includes(e))) break;
      await page.waitForTimeout(100);
    }
    return { text };
  },
  /** Presses a key in the workbench (Escape closes a widget). */
  async press(page, { key }) {
    await page.keyboard.press(key);
    return {};
  },
  /** The turns the live preview shows (the text of each `.turn` in its webview), once each expected
   *  text is in one of them; with `click`, then clicks that element of the preview. */
  async preview(page, { expect = [], click }) {
    const deadline = Date.now() + UI_DEADLINE_MS;
    let turns = [];
    let frame;
    while (Date.now() < deadline) {
      // The webview's page is a frame inside a frame of the workbench: look in each.
      for (const candidate of page.frames()) {
        const found = await candidate.$$eval('#content .turn', (all) => all.map((e) => e.innerText.trim())).catch(() => []);
        if (found.length > 0) [frame, turns] = [candidate, found];
      }
      if (turns.length > 0 && expect.every((e) => turns.some((turn) => turn.includes(e)))) break;
      await page.waitForTimeout(100);
    }
    if (click && frame) await frame.click(click);
    return { turns };
  },
  /** The marks of the media panel's seek bar (their tooltips: `0:02 Bob Stone`), once there are
   *  `count`; with `click`, then clicks that element of the panel. */
  async media(page, { count = 0, click }) {
    const deadline = Date.now() + UI_DEADLINE_MS;
    let marks = [];
    let frame;
    while (Date.now() < deadline) {
      for (const candidate of page.frames()) {
        const found = await candidate.$$eval('#marks .mark', (all) => all.map((e) => e.title)).catch(() => []);
        if (found.length > 0) [frame, marks] = [candidate, found];
      }
      if (marks.length >= count) break;
      await page.waitForTimeout(100);
    }
    if (click && frame) await frame.click(click);
    return { marks };
  },
};

/**
 * Every row of a workbench list (a tree view, the Problems panel) in order, once there are at
 * least `minRows` and each expected text is in one of them. The list renders only the rows in sight, so it is scrolled through.
 */
async function listRowsOnceShown(page, container, expect, minRows) {
  const deadline = Date.now() + UI_DEADLINE_MS;
  let rows = [];
  while (Date.now() < deadline) {
    rows = await allListRows(page, container);
    if (rows.length >= minRows && expect.every((e) => rows.some((row) => row.includes(e)))) break;
    await page.waitForTimeout(100);
  }
  return rows;
}

async function allListRows(page, container) {
  const list = page.locator(`${container} .monaco-list`).first();
  if (!(await list.count())) return [];
  const byIndex = new Map();
  const read = async () => {
    for (const row of await page.locator(`${container} .monaco-list-row`).all()) {
      const index = Number(await row.getAttribute('data-index'));
      byIndex.set(index, (await row.getAttribute('aria-label')) ?? (await row.innerText()));
    }
  };
  const box = await list.boundingBox();
  if (!box) return [];
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, -100_000);
  await page.waitForTimeout(50);
  await read();
  for (let step = 0; step < 100; step++) {
    const known = byIndex.size;
    await page.mouse.wheel(0, Math.max(40, box.height / 2));
    await page.waitForTimeout(50);
    await read();
    if (byIndex.size === known) break;
  }
  await page.mouse.wheel(0, -100_000);
  return [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, text]) => text);
}

// ------------------------------------------------------------------------------------------------
// The same suites in VS Code desktop, for machines that can download it.

async function runInElectron(options) {
  const { runTests, TestRunFailedError } = await import('@vscode/test-electron');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'stenogram-e2e-'));
  const workspace = path.join(tmp, 'workspace');
  const userData = path.join(tmp, 'user-data');
  const result = path.join(tmp, 'result.json');
  fs.cpSync(FIXTURES, workspace, { recursive: true });
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userData, 'User/settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  let exitCode;
  try {
    exitCode = await runTests({
      // A VS Code already on the machine, or a version to download (default: the latest stable).
      ...(process.env.STENOGRAM_E2E_VSCODE_EXECUTABLE ? { vscodeExecutablePath: process.env.STENOGRAM_E2E_VSCODE_EXECUTABLE } : {}),
      ...(process.env.STENOGRAM_E2E_VSCODE_VERSION ? { version: process.env.STENOGRAM_E2E_VSCODE_VERSION } : {}),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: TESTS_MODULE,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes', '--user-data-dir', userData, '--extensions-dir', path.join(tmp, 'extensions')],
      extensionTestsEnv: { STENOGRAM_E2E_RESULT: result, STENOGRAM_E2E_MODE: options.mode, ...(options.grep ? { STENOGRAM_E2E_GREP: options.grep } : {}) },
    });
  } catch (error) {
    // runTests rejects with a TestRunFailedError (code, signal) when VS Code ran and the tests
    // failed or it died, and with another error when VS Code could not be downloaded or started.
    if (error instanceof TestRunFailedError) {
      exitCode = error.signal ? `signal ${error.signal}` : error.code;
    } else {
      fs.rmSync(tmp, { recursive: true, force: true });
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`@vscode/test-electron could not get VS Code desktop (${reason}); offline, run npm run test:e2e (code-server) instead`);
    }
  }
  const parsed = fs.existsSync(result) ? JSON.parse(fs.readFileSync(result, 'utf8')) : undefined;
  if (!options.keep) fs.rmSync(tmp, { recursive: true, force: true });
  return { ...verdict({ exitCode, result: parsed }), result: parsed };
}

// ------------------------------------------------------------------------------------------------

function log(message) {
  console.log(`[e2e] ${message}`);
}

function tail(text, lines) {
  return text.split('\n').slice(-lines).join('\n');
}

function readIfExists(file) {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
}

function defaultVsix() {
  return path.join(ROOT, `${MANIFEST.name}-${MANIFEST.version}.vsix`);
}

async function main() {
  const { values, positionals } = parseArgs({
    options: {
      vsix: { type: 'boolean' },
      'check-guard': { type: 'boolean' },
      web: { type: 'boolean' },
      electron: { type: 'boolean' },
      grep: { type: 'string' },
      keep: { type: 'boolean' },
      timeout: { type: 'string', default: '300' },
    },
    allowPositionals: true,
    strict: true,
  });
  const timeoutSeconds = Number(values.timeout);
  const started = Date.now();
  const seconds = () => ((Date.now() - started) / 1000).toFixed(1);

  if (values['check-guard']) {
    // Each way of ending early must be a failure with the guard's message; a passing sabotaged
    // run means the guard is broken.
    let broken = 0;
    for (const how of ['exit', 'crash']) {
      const outcome = await runInCodeServer({
        mode: 'development',
        grep: 'sabotage',
        env: { STENOGRAM_E2E_SABOTAGE: how },
        keep: values.keep,
        timeoutSeconds: Math.min(timeoutSeconds, 120),
        screenshots: false,
        quiet: true,
      });
      const caught = !outcome.ok;
      if (!caught) broken++;
      const what = how === 'exit' ? 'a test calls process.exit(0)' : 'the extension host is killed mid-suite';
      const reported = outcome.exitCode === undefined ? 'VS Code reported no end' : `VS Code reported exit code ${outcome.exitCode}`;
      log(`guard: ${what}; ${reported}; the runner ${caught ? `failed the run, as it must: ${outcome.message}` : `PASSED it: the guard is broken (${outcome.message})`}`);
    }
    log(`guard check done in ${seconds()} s`);
    console.log(`guard: ${2 - broken} passed, ${broken} failed`);
    process.exitCode = broken ? 1 : 0;
    return;
  }

  let outcome;
  if (values.electron) {
    log(`VS Code desktop via @vscode/test-electron, extension ${EXTENSION_ID} from ${ROOT}`);
    outcome = await runInElectron({ mode: 'development', grep: values.grep, keep: values.keep });
  } else if (values.web) {
    log(`code-server ${readVersion()}, extension ${EXTENSION_ID} from ${ROOT} in the web worker extension host`);
    outcome = await runInCodeServer({ mode: 'web', web: true, grep: values.grep, keep: values.keep, timeoutSeconds, screenshots: false });
  } else if (values.vsix) {
    const vsix = path.resolve(positionals[0] ?? defaultVsix());
    if (!fs.existsSync(vsix)) throw new Error(`${vsix} is missing: run npm run package`);
    log(`code-server ${readVersion()}, ${path.relative(ROOT, vsix)} installed, smoke suite`);
    outcome = await runInCodeServer({ mode: 'installed', vsix, grep: values.grep, keep: values.keep, timeoutSeconds, screenshots: false });
  } else {
    log(`code-server ${readVersion()}, extension ${EXTENSION_ID} from ${ROOT}`);
    outcome = await runInCodeServer({ mode: 'development', grep: values.grep, keep: values.keep, timeoutSeconds, screenshots: true });
  }
  log(`${outcome.ok ? 'passed' : 'FAILED'} in ${seconds()} s: ${outcome.message}`);
  process.exitCode = outcome.ok ? 0 : 1;
}

function readVersion() {
  return JSON.parse(fs.readFileSync(path.join(CODE_SERVER, 'package.json'), 'utf8')).version;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(`[e2e] error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
