// The HTML export and the live preview in a real browser: Debian's chromium driven by playwright-core,
// as the e2e runner drives it. The exported page of a hostile transcript runs no script and opens no
// dialog, with its Content-Security-Policy and without it (escaping alone holds), and shows the text as
// written; its style applies (the policy's hash is right), dark and print included. The preview page,
// with its script bundled and minified as the .vsix ships it, reports where the reader scrolls and
// clicks and scrolls where the editor asks.
//
// Skipped with a message where no chromium is installed; under CI=true a missing chromium fails.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { exportDocument, PAGE_POLICY, toHtml, transcriptPreview } from '../../server/src/features';
import { parseTranscript } from '../../server/src/transcript';
import { SPEAKER_PALETTE } from '../../protocol';
import { previewPage } from '../../client/src/previewHtml';
import { REPO_ROOT } from '../helpers/fixtures';
import { HOSTILE_SHOWN, HOSTILE_TRANSCRIPT } from '../helpers/htmlText';

const CHROMIUM = process.env.STENOGRAM_E2E_CHROMIUM ?? '/usr/bin/chromium';
const found = existsSync(CHROMIUM);
if (!found && process.env.CI === 'true') throw new Error(`${CHROMIUM} is missing: CI must test the HTML export in chromium (apt-get install -y chromium)`);
const skip = found ? false : `no chromium at ${CHROMIUM} (apt-get install -y chromium, or set STENOGRAM_E2E_CHROMIUM)`;

/** What a page did that it should not: dialogs opened, the flag a hostile handler would set, policy violations. */
interface Misdeeds {
  dialogs: string[];
  pwned: unknown;
  violations: string[];
  foreign: string[];
}

/** Records policy violations from the first moment, before any of the page's own code. */
const WATCH = `window.__violations = []; document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));`;

describe('the HTML export and the preview in chromium', { skip }, () => {
  let browser: Browser;
  let dir: string;

  before(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    dir = mkdtempSync(join(tmpdir(), 'stenogram-html-'));
  });
  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Opens `html` from a file, as a reader opens an exported page. */
  async function open(html: string, name: string, options: Parameters<Browser['newPage']>[0] = {}): Promise<{ page: Page; dialogs: string[] }> {
    const file = join(dir, name);
    writeFileSync(file, html);
    const page = await browser.newPage(options);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await page.addInitScript(WATCH);
    await page.goto(pathToFileURL(file).href);
    return { page, dialogs };
  }

  /** What went wrong in `page`; `root` holds the transcript (the preview's own script is outside it). */
  async function misdeeds(page: Page, dialogs: string[], root = 'body'): Promise<Misdeeds> {
    const seen = (await page.evaluate(`({
      pwned: window.__pwned,
      violations: window.__violations,
      foreign: [
        ...document.querySelectorAll('script:not([nonce])'),
        ...document.querySelector('${root}').querySelectorAll('img, script, svg, iframe, b, i, object, embed, [onerror], [onload], [style]'),
      ].map((e) => e.outerHTML),
    })`)) as Omit<Misdeeds, 'dialogs'>;
    return { dialogs, ...seen };
  }

  const hostilePage = toHtml(exportDocument(parseTranscript(HOSTILE_TRANSCRIPT)));

  test('a hostile transcript’s page runs nothing, loads nothing, and shows every piece as written', async () => {
    const { page, dialogs } = await open(hostilePage, 'hostile.html');
    assert.deepEqual(await misdeeds(page, dialogs), { dialogs: [], pwned: undefined, violations: [], foreign: [] });
    const shown = (await page.evaluate('document.body.innerText')) as string;
    assert.deepEqual(HOSTILE_SHOWN.filter((piece) => !shown.includes(piece)), []);
    assert.equal(await page.title(), `Заседание <img src=x onerror="window.__pwned='title'"> ]]> &amp; \u202eлесонаК`);
    await page.close();
  });

  test('without its Content-Security-Policy the page is as harmless: the escaping alone holds', async () => {
    const unguarded = hostilePage.replace(`<meta http-equiv="Content-Security-Policy" content="${PAGE_POLICY}">\n`, '');
    assert.notEqual(unguarded, hostilePage);
    const { page, dialogs } = await open(unguarded, 'hostile-no-csp.html');
    assert.deepEqual(await misdeeds(page, dialogs), { dialogs: [], pwned: undefined, violations: [], foreign: [] });
    await page.close();
  });

  const sample = readFileSync(join(REPO_ROOT, 'samples', 'bilateral-meeting.transcript'), 'utf8');
  const samplePage = toHtml(exportDocument(parseTranscript(sample)));
  const rgb = (hex: string): string => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

  test('the style applies under the policy: each speaker’s colour, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page, dialogs } = await open(samplePage, `sample-${scheme}.html`, { colorScheme: scheme });
      const borders = await page.evaluate(`['#turn-1', '#turn-2'].map((id) => getComputedStyle(document.querySelector(id)).borderLeftColor)`);
      assert.deepEqual(borders, [rgb(SPEAKER_PALETTE[0].colour), rgb(SPEAKER_PALETTE[1].colour)], scheme);
      assert.deepEqual((await misdeeds(page, dialogs)).violations, []);
      await page.close();
    }
  });

  test('printed: black on white, no table of contents, the turns’ bars grey', async () => {
    const { page } = await open(samplePage, 'sample-print.html', { colorScheme: 'dark' });
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(`({
      text: getComputedStyle(document.body).color,
      background: getComputedStyle(document.body).backgroundColor,
      contents: getComputedStyle(document.querySelector('.contents')).display,
      bar: getComputedStyle(document.querySelector('#turn-1')).borderLeftColor,
    })`);
    assert.deepEqual(printed, { text: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)', contents: 'none', bar: 'rgb(153, 153, 153)' });
    await page.close();
  });

  test('a link to a turn shows that turn', async () => {
    const { page } = await open(samplePage, 'sample-anchor.html', { viewport: { width: 800, height: 500 } });
    await page.click('a.label[href="#turn-9"]');
    const top = await page.evaluate(`Math.round(document.querySelector('#turn-9').getBoundingClientRect().top)`);
    assert.equal(top, 0);
    await page.close();
  });

  describe('the preview page, its script as the .vsix bundles it', () => {
    let script: string;

    before(async () => {
      // Minified like `npm run build --production` (esbuild.mjs: dist/media/preview.js): the script
      // must survive the renaming.
      await esbuild.build({
        absWorkingDir: REPO_ROOT,
        entryPoints: ['client/src/previewScript.ts'],
        bundle: true,
        minify: true,
        platform: 'browser',
        format: 'iife',
        target: 'es2022',
        outfile: join(dir, 'preview.js'),
        logLevel: 'silent',
      });
      script = pathToFileURL(join(dir, 'preview.js')).href;
    });

    const transcript = parseTranscript(readFileSync(join(REPO_ROOT, 'samples', 'press-conference.transcript'), 'utf8'));

    /** The preview of `transcript` with a stand-in for VS Code's webview API that records what the page posts. */
    async function openPreview(text = transcript): Promise<{ page: Page; dialogs: string[]; posted: () => Promise<unknown[]> }> {
      const preview = transcriptPreview(text);
      const html = previewPage({
        nonce: 'dGVzdC1ub25jZS0xMjM0NTY3OA==',
        cspSource: 'file:',
        script,
        html: preview.html,
        style: preview.style,
        language: preview.language,
        title: 'preview',
      });
      const file = join(dir, `preview-${Math.random().toString(36).slice(2)}.html`);
      writeFileSync(file, html);
      const page = await browser.newPage({ viewport: { width: 700, height: 400 } });
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.addInitScript(`${WATCH} window.__posted = []; window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__posted.push(m) });`);
      await page.goto(pathToFileURL(file).href);
      return { page, dialogs, posted: async () => (await page.evaluate('window.__posted')) as unknown[] };
    }

    /** A script's value in the page: `value(page, 'window.scrollY')`. */
    const value = async <T>(page: Page, expression: string): Promise<T> => (await page.evaluate(expression)) as T;
    const lineOf = (page: Page, selector: string) => value<number>(page, `Number(document.querySelector('${selector}').dataset.line)`);
    const topOf = (page: Page, selector: string) => value<number>(page, `Math.round(document.querySelector('${selector}').getBoundingClientRect().top + window.scrollY)`);

    test('loaded, it says so; the editor’s line scrolls it to that turn', async () => {
      const { page, posted } = await openPreview();
      assert.deepEqual(await posted(), [{ type: 'ready' }]);
      const line = await lineOf(page, '#turn-12');
      await page.evaluate(`window.postMessage({ type: 'scrollToLine', line: ${line} }, '*')`);
      await page.waitForFunction(`Math.abs(window.scrollY - ${await topOf(page, '#turn-12')}) < 2`);
      // Its own scrolling is not the reader's: nothing is sent back.
      await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
      assert.deepEqual(await posted(), [{ type: 'ready' }]);
      await page.close();
    });

    test('the reader scrolls: the editor is asked to show the turn at the top', async () => {
      const { page, posted } = await openPreview();
      const [line, top] = [await lineOf(page, '#turn-20'), await topOf(page, '#turn-20')];
      await page.evaluate(`window.scrollTo(0, ${top})`);
      await page.waitForFunction('window.__posted.length > 1');
      assert.deepEqual(await posted(), [{ type: 'ready' }, { type: 'revealLine', line }]);
      await page.close();
    });

    test('a click on a turn asks to open its line; a new body keeps the scroll position', async () => {
      const { page, posted } = await openPreview();
      const line = await lineOf(page, '#turn-3');
      await page.click('#turn-3 p:last-child');
      // (Playwright scrolls the turn into sight first, which asks for a line of its own.)
      assert.deepEqual((await posted()).filter((m) => (m as { type: string }).type === 'openLine'), [{ type: 'openLine', line }]);
      await page.evaluate(`window.scrollTo(0, ${await topOf(page, '#turn-5')})`);
      const before = await value<number>(page, 'window.scrollY');
      assert.ok(before > 0);
      await page.evaluate(`window.postMessage({ type: 'update', html: document.getElementById('content').innerHTML.replace('Добрый день', 'Доброе утро') }, '*')`);
      await page.waitForFunction(`document.body.innerText.includes('Доброе утро')`);
      assert.equal(await value<number>(page, 'window.scrollY'), before);
      await page.close();
    });

    test('a hostile transcript’s preview runs nothing and breaks no policy', async () => {
      const { page, dialogs } = await openPreview(parseTranscript(HOSTILE_TRANSCRIPT));
      assert.deepEqual(await misdeeds(page, dialogs, '#content'), { dialogs: [], pwned: undefined, violations: [], foreign: [] });
      assert.match(await value<string>(page, 'document.body.innerText'), /Вопрос \(<img src=x onerror="window.__pwned='label'">\):/);
      await page.close();
    });
  });
});
