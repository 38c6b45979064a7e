// The checks of the e2e runner's UI bridge (scripts/run-e2e.mjs): a test in the extension host asks
// for one by name, and the runner looks at the workbench through the browser and answers. Each waits
// until what the test expects is on screen (or a deadline passes) and returns what is there; the
// test asserts on that. See docs/e2e.md.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** How long a UI check waits for what it expects to appear on screen. */
const UI_DEADLINE_MS = 15_000;

/**
 * Each check waits until every text in `expect` is on screen in its part of the workbench (or
 * the deadline passes) and returns what is there; the test asserts on that.
 */
export const UI_CHECKS = {
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
  /** The statistics view's page (the webview frame with its table), once each expected text is on
   *  it: the table's rows, the summary and legend lines, the number of links in its charts; with
   *  `click`, then clicks that element of the page. */
  async statistics(page, { expect = [], click }) {
    const deadline = Date.now() + UI_DEADLINE_MS;
    let seen = { rows: [], summary: [], legends: [], chartLinks: 0 };
    let frame;
    while (Date.now() < deadline) {
      for (const candidate of page.frames()) {
        const found = await candidate
          .evaluate(() => {
            if (!document.querySelector('table')) return undefined;
            const texts = (selector) => [...document.querySelectorAll(selector)].map((e) => e.innerText.trim());
            return { rows: texts('tr'), summary: texts('p.summary, p.actions'), legends: texts('p.legend'), chartLinks: document.querySelectorAll('svg a').length };
          })
          .catch(() => undefined);
        if (found) [frame, seen] = [candidate, found];
      }
      const text = [...seen.rows, ...seen.summary, ...seen.legends].join('\n');
      if (frame && expect.every((e) => text.includes(e))) break;
      await page.waitForTimeout(100);
    }
    if (click && frame) await frame.click(click);
    return seen;
  },
  /** The colours the active editor's decorations paint (`.view-overlays`): each decorated
   *  overlay's background and bottom border, distinct, once `expect` (or, with `gone`, none of those
   *  colours) is among them. */
  async decorations(page, { expect = [], gone = [] }) {
    const deadline = Date.now() + UI_DEADLINE_MS;
    let colours = [];
    while (Date.now() < deadline) {
      colours = await page.evaluate(() => {
        const editor = document.querySelector('.editor-group-container.active .monaco-editor') ?? document.querySelector('.monaco-editor');
        const out = new Set();
        for (const overlay of editor?.querySelectorAll('.view-overlays div div') ?? []) {
          const style = getComputedStyle(overlay);
          if (style.backgroundColor !== 'rgba(0, 0, 0, 0)') out.add(`background ${style.backgroundColor}`);
          if (style.borderBottomStyle !== 'none' && style.borderBottomWidth !== '0px') out.add(`border ${style.borderBottomColor}`);
        }
        return [...out].sort();
      });
      if (expect.every((e) => colours.includes(e)) && !gone.some((g) => colours.includes(g))) break;
      await page.waitForTimeout(100);
    }
    return { colours };
  },
  /** The colour the active editor paints each of `texts` in: the first token (`.view-line` span)
   *  whose text starts with it, once each is on screen. */
  async textColours(page, { texts = [] }) {
    const deadline = Date.now() + UI_DEADLINE_MS;
    let colours = {};
    while (Date.now() < deadline) {
      colours = await page.evaluate((wanted) => {
        const editor = document.querySelector('.editor-group-container.active .monaco-editor') ?? document.querySelector('.monaco-editor');
        const spans = [...(editor?.querySelectorAll('.view-line span span') ?? [])];
        const out = {};
        for (const text of wanted) {
          const span = spans.find((s) => s.textContent.replace(/\u00a0/g, ' ').startsWith(text));
          if (span) out[text] = getComputedStyle(span).color;
        }
        return out;
      }, texts);
      if (texts.every((t) => colours[t])) break;
      await page.waitForTimeout(100);
    }
    return { colours };
  },
  /** A picture of the workbench for the README: once it wears the theme asked for (`vs-dark`, `vs`)
   *  and each selector of `waitFor` is visible (in the workbench or in a webview's frame), the area
   *  `clip` (CSS pixels) as a PNG in the session's pictures folder (--screenshots: docs/screenshots/),
   *  none where the session keeps none (the web and .vsix runs). */
  async shot(page, { name, theme, waitFor = [], clip, deadlineMs = UI_DEADLINE_MS }, bridge) {
    return takeShot(page, { name, theme, waitFor, clip, deadlineMs }, bridge);
  },
  /** Sets the browser window's size (the workbench lays itself out again), for pictures of a size
   *  that suits the README; without `size`, back to the runner's. Returns the size it had. */
  async viewport(page, { size }, bridge) {
    const before = page.viewportSize();
    bridge.initialViewport ??= before;
    await page.setViewportSize(size ?? bridge.initialViewport);
    return { before };
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

/** The picture `shot` takes, in the window as it is. */
async function takeShot(page, { name, theme, waitFor, clip, deadlineMs }, bridge) {
  const deadline = Date.now() + deadlineMs;
  const missing = async () => {
    const absent = [];
    if (theme && !(await page.locator(`.monaco-workbench.${theme}`).count())) absent.push(`the theme ${theme}`);
    for (const selector of waitFor) {
      let shown = false;
      for (const frame of page.frames()) shown ||= await frame.locator(selector).first().isVisible().catch(() => false);
      if (!shown) absent.push(selector);
    }
    return absent;
  };
  let absent = await missing();
  while (absent.length && Date.now() < deadline) {
    await page.waitForTimeout(100);
    absent = await missing();
  }
  if (absent.length) throw new Error(`no screenshot ${name}: not shown: ${absent.join(', ')}`);
  // Two frames more, for what the last change laid out.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  if (!bridge.shots) return {};
  fs.mkdirSync(bridge.shots, { recursive: true });
  const file = path.join(bridge.shots, `${name}.png`);
  await page.screenshot({ path: file, clip, animations: 'disabled', caret: 'hide' });
  return { file: path.relative(ROOT, file), bytes: fs.statSync(file).size };
}
