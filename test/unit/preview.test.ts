// The live preview's client side as pure functions: where a source line is in the preview and back
// (scroll sync both ways), which messages from the webview are read, and the page the webview gets:
// its policy, the nonce, the server's body put in as it is, the one script (dist/media/preview.js,
// loaded with the nonce). The script itself runs in Chromium in export-html-browser.test.ts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { interpolate, readWebviewMessage, type Block } from '../../client/src/previewScroll';
import { previewPage } from '../../client/src/previewHtml';

/** The header at line 0 (top 0), a section at line 7 (top 200), turns at lines 9 (top 260) and 12
 *  (top 500); the page ends at line 19, 900 pixels down. */
const BLOCKS: Block[] = [
  { line: 0, top: 0 },
  { line: 7, top: 200 },
  { line: 9, top: 260 },
  { line: 12, top: 500 },
];
const END: Block = { line: 19, top: 900 };

const scrollTopForLine = (blocks: Block[], line: number, end: Block) => interpolate(blocks, line, end, 'line', 'top');
const lineForScrollTop = (blocks: Block[], top: number, end: Block) => interpolate(blocks, top, end, 'top', 'line');

describe('scroll sync: editor line → preview offset', () => {
  test('a block’s own line scrolls to its top', () => {
    assert.deepEqual(
      [0, 7, 9, 12].map((line) => scrollTopForLine(BLOCKS, line, END)),
      [0, 200, 260, 500],
    );
  });

  test('a line inside a block is that far between it and the next block', () => {
    // Line 10 is a third of the way from line 9 to 12: 260 + (500 − 260) / 3.
    assert.equal(scrollTopForLine(BLOCKS, 10, END), 340);
    // Line 3.5 is half way from the header to the section.
    assert.equal(scrollTopForLine(BLOCKS, 3.5, END), 100);
  });

  test('after the last block, towards the end of the page; past the end, the end', () => {
    assert.equal(scrollTopForLine(BLOCKS, 15.5, END), 700);
    assert.equal(scrollTopForLine(BLOCKS, 40, END), 900);
  });

  test('no blocks: from the top of the page to its end; blocks on one line: the first one’s top', () => {
    assert.equal(scrollTopForLine([], 5, { line: 10, top: 1000 }), 500);
    assert.equal(scrollTopForLine([{ line: 4, top: 80 }], 4, { line: 4, top: 80 }), 80);
  });
});

describe('scroll sync: preview offset → editor line', () => {
  test('each block’s top is its line', () => {
    assert.deepEqual(
      [0, 200, 260, 500].map((top) => lineForScrollTop(BLOCKS, top, END)),
      [0, 7, 9, 12],
    );
  });

  test('between blocks, in proportion; the inverse of the other direction', () => {
    assert.equal(lineForScrollTop(BLOCKS, 340, END), 10);
    assert.equal(lineForScrollTop(BLOCKS, 700, END), 15.5);
    for (const line of [1, 2.5, 8, 11, 13, 18]) assert.equal(Math.round(lineForScrollTop(BLOCKS, scrollTopForLine(BLOCKS, line, END), END) * 1e9) / 1e9, line);
  });

  test('past the end of the page, the last line; no blocks, the page’s proportion', () => {
    assert.equal(lineForScrollTop(BLOCKS, 5000, END), 19);
    assert.equal(lineForScrollTop([], 250, { line: 10, top: 1000 }), 2.5);
  });
});

describe('messages from the webview', () => {
  test('ready, revealLine and openLine with a whole line from 0 are read', () => {
    assert.deepEqual(
      [{ type: 'ready' }, { type: 'revealLine', line: 0 }, { type: 'openLine', line: 12, extra: 'ignored' }].map(readWebviewMessage),
      [{ type: 'ready' }, { type: 'revealLine', line: 0 }, { type: 'openLine', line: 12 }],
    );
  });

  test('anything else is dropped', () => {
    const bad: unknown[] = [
      null,
      'ready',
      42,
      {},
      { type: 'update', html: '<b>' },
      { type: 'revealLine' },
      { type: 'revealLine', line: -1 },
      { type: 'openLine', line: 1.5 },
      { type: 'openLine', line: '3' },
      { type: 'openLine', line: Number.NaN },
      { type: 'openLine', line: 2 ** 60 },
    ];
    assert.deepEqual(bad.map(readWebviewMessage), bad.map(() => undefined));
  });
});

describe('the preview page', () => {
  const NONCE = 'ZmFrZS1ub25jZS1mb3ItdGVzdHM=';
  const SCRIPT = 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/media/preview.js';
  const page = previewPage({
    nonce: NONCE,
    cspSource: 'https://*.vscode-cdn.net',
    script: SCRIPT,
    html: '<article class="transcript" data-line-count="3"><div class="turn sp0" data-line="1"><p>Текст</p></div></article>',
    style: '.turn { color: red; } </style><script>alert(1)</script>',
    language: 'ru',
    title: 'Встреча <b>',
  });

  test('in full: the policy of the nonce, the style, the body as the server gave it, the script', () => {
    assert.equal(
      page,
      `<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src https://*.vscode-cdn.net &#39;nonce-${NONCE}&#39;; script-src &#39;nonce-${NONCE}&#39;; img-src data:;">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>Встреча &lt;b&gt;</title>
<style nonce="${NONCE}">
.turn { color: red; } <\\/style><script>alert(1)<\\/script>
</style>
</head>
<body>
<div id="content"><article class="transcript" data-line-count="3"><div class="turn sp0" data-line="1"><p>Текст</p></div></article></div>
<script nonce="${NONCE}" src="${SCRIPT}"></script>
</body>
</html>
`,
    );
  });

  test('a nonce too short to guess is refused', () => {
    assert.throws(() => previewPage({ nonce: 'abc', cspSource: 'https://*.vscode-cdn.net', script: SCRIPT, html: '', style: '', language: 'en', title: '' }), /nonce/);
  });
});
