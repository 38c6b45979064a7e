// The language server as vscode.dev and github.dev run it: dist/web/server.js in a Web Worker in
// headless Chromium, spoken to over postMessage (test/helpers/browserWorker.ts) exactly as the Node
// server is spoken to over stdio. It announces what the Node server announces; diagnostics are
// published, and the outline, hover, completion and formatting answer; the workspace's unopened
// files and stenogram.speakers.json come through the client (stenogram/findTranscripts,
// stenogram/readFile), as VS Code's web client reads them with vscode.workspace.fs.
//
// Without Chromium (Debian's /usr/bin/chromium, installed by scripts/setup-e2e.sh) the suite is
// skipped, saying why; with CI=true that is a failure instead.
//
// A (vscode-vfs://github/owner/repo/council/a.transcript), zero-based lines:
//   0 Совещание о ремонте дорог   2 2024-03-14 10:00:00   4 the lead (names Е.Воронина)
//   6 Е.Воронина: Добрый день, коллеги.
//   7 Т.Гараев: Подрядчики готовы.
//   8 Е.Воронина Сколько участков в плане?   (no colon: speaker-missing-colon)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import {
  CompletionRequest,
  DocumentFormattingRequest,
  DocumentSymbolRequest,
  HoverRequest,
  MarkupKind,
  type CompletionItem,
  type DocumentSymbol,
  type Hover,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { FindTranscriptsRequest, ReadFileRequest } from '../../protocol';
import { browserUnavailable, launchChromium, workerInChromium } from '../helpers/browserWorker';
import { applyEdits } from '../helpers/edits';
import { symbolLines } from '../helpers/symbols';
import { LspTestClient } from './client';

const VFS = 'vscode-vfs://github/owner/repo';
const A_URI = `${VFS}/council/a.transcript`;
const A = [
  'Совещание о ремонте дорог',
  '',
  '2024-03-14 10:00:00',
  '',
  'Глава района Е.Воронина провела совещание.',
  '',
  'Е.Воронина: Добрый день, коллеги.',
  'Т.Гараев: Подрядчики готовы.',
  'Е.Воронина Сколько участков в плане?',
  '',
].join('\n');
/** Where the web client says docs/rules.md is: the copy the extension ships (client/src/web.ts). */
const RULES = 'https://stenogram.test/extension/docs/rules.md';
const MESSY_URI = 'untitled:Untitled-1';
const MESSY = 'Совещание о ремонте дорог  \n\n\n\n2024-03-14 10:00:00\n\nЕ.Воронина :  Добрый день, коллеги.\nТ.Гараев: Подрядчики готовы.   \n\n\n\nЕ.\n';

const range = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });

const unavailable = browserUnavailable();

if (unavailable && process.env.CI === 'true') {
  test('the browser bundle’s checks need Chromium in CI', () => assert.fail(unavailable));
}

describe('dist/web/server.js in a Web Worker in Chromium', { skip: unavailable && `skipped: ${unavailable}` }, () => {
  let browser: Browser;
  before(async () => {
    browser = await launchChromium();
  });
  after(() => browser?.close());

  describe('a repository transcript and an untitled one open; the client reads the workspace for the server', () => {
    let client: LspTestClient;
    const asked: string[] = [];
    before(async () => {
      client = await LspTestClient.initialized({
        transport: () => workerInChromium(browser),
        folders: [VFS],
        initializationOptions: { workspaceFiles: true, rulesDocument: RULES },
        answer: (connection) => {
          connection.onRequest(FindTranscriptsRequest, ({ folder }) => {
            asked.push(`findTranscripts ${folder}`);
            return [`${VFS}/council/april.transcript`];
          });
          connection.onRequest(ReadFileRequest, ({ uri, maxBytes }) => {
            asked.push(`readFile ${uri} ${maxBytes}`);
            if (uri === `${VFS}/council/april.transcript`) return { ok: true, text: 'Совещание\n\n2024-04-14 10:00:00\n\nТ.Гараев: Мост открыт.\n' };
            if (uri === `${VFS}/stenogram.speakers.json`) return { ok: true, text: '{ "Т. Гараев": { "name": "Тимур Гараев", "role": "подрядчик" } }' };
            return { ok: false, reason: 'error', detail: 'ENOENT' };
          });
        },
      });
      await client.open(A_URI, A);
      await client.open(MESSY_URI, MESSY);
    });
    after(() => client?.dispose());

    test('it announces the capabilities the Node server announces', async () => {
      const node = await LspTestClient.initialized({ initializationOptions: { workspaceFiles: true } });
      try {
        assert.deepEqual(client.initializeResult, node.initializeResult);
      } finally {
        await node.dispose();
      }
    });

    test('diagnostics are published, linked to the rules the client named', async () => {
      assert.deepEqual((await client.diagnostics(A_URI)).diagnostics, [
        {
          range: range(8, 0, 8, 10),
          severity: 1,
          code: 'speaker-missing-colon',
          codeDescription: { href: `${RULES}#speaker-missing-colon` },
          source: 'stenogram',
          message: '“Е.Воронина” starts a turn but has no colon after the label.',
        },
      ]);
    });

    test('the outline: one symbol per turn under the header and the lead', async () => {
      const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: A_URI } })) as DocumentSymbol[];
      assert.deepEqual(symbolLines(symbols), [
        'File Совещание о ремонте дорог — 2024-03-14 10:00:00 [0:0-2:19] sel [0:0-0:25]',
        'String Lead — Глава района Е.Воронина провела совещание. [4:0-4:42] sel [4:0-4:42]',
        'Event Е.Воронина — Добрый день, коллеги. [6:0-6:33] sel [6:0-6:10]',
        'Event Т.Гараев — Подрядчики готовы. [7:0-8:36] sel [7:0-7:8]',
      ]);
    });

    test('hover on a label: who the speaker is, from the register the client read', async () => {
      const at = { textDocument: { uri: A_URI }, position: { line: 7, character: 3 } };
      let hover: Hover | null = null;
      // The register is read after `initialized`, alongside the first requests: ask until it is in.
      for (let i = 0; i < 200 && !JSON.stringify(hover).includes('stenogram.speakers.json'); i++) hover = await client.connection.sendRequest(HoverRequest.type, at);
      assert.deepEqual(hover, {
        contents: {
          kind: MarkupKind.Markdown,
          value: '**Т\\.Гараев** — подрядчик Тимур Гараев\n\n*from stenogram.speakers.json*\n\n1 turn · 8 words · 72.7% of the words\n\nOnly turn: line 8',
        },
        range: range(7, 0, 7, 8),
      });
    });

    test('completion on an empty line offers the file’s speakers first, then role labels', async () => {
      const items = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: MESSY_URI }, position: { line: 12, character: 2 } })) as CompletionItem[];
      assert.deepEqual(
        items.map((i) => `${i.label} → ${JSON.stringify((i.textEdit as TextEdit).newText)} (${i.detail})`),
        [
          'Е.Воронина → "Е.Воронина: " (likely next speaker)',
          'Т.Гараев → "Т.Гараев: " (1 turn · 3 words)',
          'Вопрос → "Вопрос: " (role label)',
          'Реплика → "Реплика: " (role label)',
          'Голос из зала → "Голос из зала: " (role label)',
          'Ведущий → "Ведущий: " (role label)',
        ],
      );
    });

    test('formatting: trailing spaces, the space before a colon and extra blank lines go', async () => {
      const edits = (await client.connection.sendRequest(DocumentFormattingRequest.type, {
        textDocument: { uri: MESSY_URI },
        options: { tabSize: 4, insertSpaces: true },
      })) as TextEdit[];
      assert.equal(
        applyEdits(MESSY, edits),
        'Совещание о ремонте дорог\n\n\n\n2024-03-14 10:00:00\n\nЕ.Воронина: Добрый день, коллеги.\nТ.Гараев: Подрядчики готовы.\n\nЕ.\n',
      );
    });

    test('workspace symbols reach the unopened transcript the client read; nothing was read but through it', async () => {
      const symbols = await client.symbolsWhen('Гараев', (s) => s.length === 3, 'Т.Гараев’s turns in three files');
      assert.deepEqual(symbols.map((s) => `${s.name} — ${s.location.uri}`).sort(), [
        `Т.Гараев: Мост открыт. — ${VFS}/council/april.transcript`,
        `Т.Гараев: Подрядчики готовы. — ${MESSY_URI}`,
        `Т.Гараев: Подрядчики готовы. — ${A_URI}`,
      ]);
      assert.deepEqual([...asked].sort(), [
        `findTranscripts ${VFS}`,
        `readFile ${VFS}/council/april.transcript 60000000`,
        `readFile ${VFS}/stenogram.speakers.json 1000000`,
      ]);
    });

    test('the worker logged no error and is still running', () => {
      assert.deepEqual(client.loggedErrors, []);
      assert.equal(client.serverStderr, '');
      assert.ok(client.running);
    });
  });

  describe('a client that does not read files for the server', () => {
    test('the worker says once that it cannot read the folder, and the links go to the published rules', async () => {
      const client = await LspTestClient.initialized({ transport: () => workerInChromium(browser), folders: [VFS] });
      try {
        await client.open(A_URI, A);
        const { diagnostics } = await client.diagnostics(A_URI);
        assert.deepEqual(
          diagnostics.map((d) => d.codeDescription?.href),
          ['https://github.com/stenogram/stenogram/blob/main/docs/rules.md#speaker-missing-colon'],
        );
        assert.deepEqual(
          client.logs.map((l) => l.message),
          [
            `workspace folder ${VFS} cannot be read: the client does not read files for the server (stenogram/readFile); ` +
              'transcripts open in the editor are analysed as usual; its other transcripts and its stenogram.speakers.json are not read',
          ],
        );
      } finally {
        await client.dispose();
      }
    });
  });
});
