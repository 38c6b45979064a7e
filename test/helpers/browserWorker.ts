// The language server's bundle (dist/server.js) as vscode.dev and github.dev run
// it: a Web Worker, here in headless Chromium (Debian's, as the e2e suite drives it through
// playwright-core). A page at a made-up origin (served by playwright's routing, no network) starts
// the worker and bridges its postMessage traffic to this process: the test's LSP client speaks
// JSON-RPC messages to the worker exactly as vscode-languageclient/browser does.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { AbstractMessageReader, AbstractMessageWriter, type DataCallback, type Disposable, type Message } from 'vscode-languageserver-protocol/node';
import type { ServerTransport } from '../lsp/client';
import { REPO_ROOT } from './fixtures';

export const CHROMIUM = process.env.STENOGRAM_E2E_CHROMIUM ?? '/usr/bin/chromium';
export const WEB_SERVER_JS = join(REPO_ROOT, 'dist', 'server.js');

const ORIGIN = 'http://stenogram.test';
/** The page: a worker from /server.js, its messages handed to `fromWorker`, `toWorker` posting. */
const PAGE = `<!doctype html><meta charset="utf-8"><title>Stenogram worker</title><script>
const worker = new Worker('/server.js');
worker.onmessage = (event) => fromWorker(event.data);
worker.onerror = (event) => workerFailed(event.message || 'the worker failed to load');
window.toWorker = (message) => worker.postMessage(message);
</script>`;

/** Why the browser tests cannot run here (no Chromium, no build), or undefined when they can. */
export function browserUnavailable(): string | undefined {
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM} (bash scripts/setup-e2e.sh installs Debian's; STENOGRAM_E2E_CHROMIUM names another)`;
  if (!existsSync(WEB_SERVER_JS)) return `${WEB_SERVER_JS} is missing: build first (npm run build)`;
  return undefined;
}

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

class PageReader extends AbstractMessageReader {
  private callback: DataCallback | undefined;
  private readonly early: Message[] = [];

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    this.early.splice(0).forEach(callback);
    return { dispose: () => (this.callback = undefined) };
  }

  deliver(message: Message): void {
    if (this.callback) this.callback(message);
    else this.early.push(message);
  }
}

class PageWriter extends AbstractMessageWriter {
  /** Posts go one after another, in the order they were written. */
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly page: Page) {
    super();
  }

  write(message: Message): Promise<void> {
    this.queue = this.queue.then(() => this.page.evaluate((m) => (globalThis as unknown as { toWorker(m: unknown): void }).toWorker(m), message));
    return this.queue;
  }

  end(): void {}
}

/** A new page of `browser` running dist/server.js in a Worker, as an LSP test client's transport.
 *  Worker errors, page errors and the page's console errors are its "stderr". */
export async function workerInChromium(browser: Browser): Promise<ServerTransport> {
  const page = await browser.newPage();
  const reader = new PageReader();
  const problems: string[] = [];
  let closed = false;
  let markExited: (value: { code: number | null; signal: NodeJS.Signals | null }) => void = () => {};
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => (markExited = resolve));
  page.on('close', () => {
    closed = true;
    markExited({ code: null, signal: 'SIGTERM' });
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') return route.fulfill({ contentType: 'text/html', body: PAGE });
    if (path === '/server.js') return route.fulfill({ contentType: 'text/javascript', body: readFileSync(WEB_SERVER_JS, 'utf8') });
    return route.fulfill({ status: 404, body: '' });
  });
  await page.exposeFunction('fromWorker', (message: Message) => reader.deliver(message));
  await page.exposeFunction('workerFailed', (reason: string) => problems.push(`worker error: ${reason}`));
  await page.goto(`${ORIGIN}/`);
  return {
    reader,
    writer: new PageWriter(page),
    exited,
    running: () => !closed && !problems.some((p) => p.startsWith('worker error')),
    stderr: () => problems.join('\n'),
    kill: () => void page.close(),
  };
}
