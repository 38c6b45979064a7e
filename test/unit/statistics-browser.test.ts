// The statistics view's page in a real browser (Debian's chromium through playwright-core, as the e2e
// runner drives it): under its Content-Security-Policy the style sheet (media/statistics.css, as the
// .vsix ships it) and the page's own style block apply, and nothing is refused; the bars,
// swatches and marks take the palette's colours; on a light theme (VS Code puts `vscode-light` on the
// body) the fills get the outline that the light colours need, on a dark one not.
//
// Skipped with a message where no chromium is installed; under CI=true a missing chromium fails.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { statisticsHtml, type StatisticsStrings } from '../../client/src/statisticsHtml';
import { SPEAKER_PALETTE } from '../../protocol';
import { computeStatistics } from '../../server/src/features';
import { parseTranscript } from '../../server/src/transcript';
import { REPO_ROOT } from '../helpers/fixtures';

const CHROMIUM = process.env.STENOGRAM_E2E_CHROMIUM ?? '/usr/bin/chromium';
const found = existsSync(CHROMIUM);
if (!found && process.env.CI === 'true') throw new Error(`${CHROMIUM} is missing: CI must test the statistics page in chromium (apt-get install -y chromium)`);
const skip = found ? false : `no chromium at ${CHROMIUM} (apt-get install -y chromium, or set STENOGRAM_E2E_CHROMIUM)`;

/** Every string is its own name: the page's words do not matter here. */
const STRINGS = new Proxy({} as StatisticsStrings, {
  get: (_, key) => (/^[a-z]+$/i.test(String(key)) && !/Legend$|^speakingTime[A-Z]|^hoursMinutes|^minutesSeconds|^seconds|^line|^firstTurn|^turnMark|^shareBar|^tradition/.test(String(key)) ? String(key) : (...args: string[]) => `${String(key)} ${args.join(' ')}`),
});

const MEETING = [
  'Встреча с волонтёрами',
  '',
  '2023-05-02 15:00:00',
  '',
  'В.Путин: Добрый день, уважаемые друзья!',
  'Вопрос: Можно вопрос?',
  'В.Путин: Да, пожалуйста. (Смех.)',
  'Е.Корочкина: Спасибо большое.',
  '',
].join('\n');

const rgb = (hex: string): string => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe('the statistics page in chromium', { skip }, () => {
  let browser: Browser;
  let dir: string;
  let page: string;

  before(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    dir = mkdtempSync(join(tmpdir(), 'stenogram-statistics-'));
    page = statisticsHtml(computeStatistics(parseTranscript(MEETING), { timeline: true }), {
      nonce: 'dGVzdC1ub25jZS0xMjM0NTY3OA==',
      cspSource: 'file:',
      styleSheet: pathToFileURL(join(REPO_ROOT, 'media', 'statistics.css')).href,
      fileName: 'meeting.transcript',
      locale: 'en',
      strings: STRINGS,
      lineHref: (line) => `command:go?${line}`,
    });
  });
  after(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** The page with the theme's class on its body, as VS Code's webview has it; what it shows. */
  async function shown(theme: 'vscode-light' | 'vscode-dark') {
    const file = join(dir, `${theme}.html`);
    writeFileSync(file, page.replace('<body>', `<body class="${theme}">`));
    const tab = await browser.newPage();
    await tab.addInitScript(`window.__violations = []; document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));`);
    await tab.goto(pathToFileURL(file).href);
    const seen = (await tab.evaluate(`({
      violations: window.__violations,
      sheetApplied: getComputedStyle(document.querySelector('table')).borderCollapse,
      bars: [...document.querySelectorAll('svg.bars rect.fill')].map((r) => [getComputedStyle(r).fill, getComputedStyle(r).stroke]),
      marks: [...document.querySelectorAll('rect.mark')].map((r) => getComputedStyle(r).fill),
      links: [...document.querySelectorAll('svg a')].map((a) => a.getAttribute('href')),
    })`)) as { violations: string[]; sheetApplied: string; bars: [string, string][]; marks: string[]; links: string[] };
    await tab.close();
    return seen;
  }

  test('dark: the style sheet and the palette apply under the policy; no outline; bars and marks are links', async () => {
    const dark = await shown('vscode-dark');
    assert.deepEqual(dark.violations, []);
    assert.equal(dark.sheetApplied, 'collapse', 'media/statistics.css applies');
    const [blue, orange, green] = SPEAKER_PALETTE.map((c) => rgb(c.colour));
    assert.deepEqual(dark.bars, [
      [blue, 'none'],
      [orange, 'none'],
      [green, 'none'],
    ]);
    assert.deepEqual(dark.marks, [blue, orange, blue, green]);
    assert.deepEqual(dark.links, ['command:go?4', 'command:go?5', 'command:go?7', 'command:go?4', 'command:go?5', 'command:go?6', 'command:go?7']);
  });

  test('light: the fills are outlined', async () => {
    const light = await shown('vscode-light');
    assert.deepEqual(light.violations, []);
    assert.deepEqual(
      light.bars.map(([, stroke]) => stroke),
      ['rgba(0, 0, 0, 0.45)', 'rgba(0, 0, 0, 0.45)', 'rgba(0, 0, 0, 0.45)'],
    );
  });
});
