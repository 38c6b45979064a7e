// The bundled server (dist/server.js) over stdio, spoken to exactly as VS Code speaks to it:
// initialize → initialized → didOpen → diagnostics and symbols → incremental didChange → custom
// statistics request → didClose → shutdown → exit. Nothing here measures time: waits are for
// messages the server must send, with a generous guard against hanging.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  ShutdownRequest,
  SymbolKind,
  TextDocumentSyncKind,
  type Diagnostic,
  type DocumentSymbol,
  type Range,
  type SymbolInformation,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { positionOf } from '../helpers/cursor';
import { fixturePath, readFixture, readSample, REPO_ROOT, samplePath } from '../helpers/fixtures';
import { LspTestClient, vscodeInitializeParams } from './client';

const range = (sl: number, sc: number, el: number, ec: number): Range => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });

const SAMPLES = ['press-conference.transcript', 'bilateral-meeting.transcript', 'roundtable-en.transcript'];
const SMALL = 'small-outline.transcript';
const SMALL_URI = pathToFileURL(fixturePath(SMALL)).href;
const MALFORMED_URI = pathToFileURL(fixturePath('malformed-labels.transcript')).href;
const UNKNOWN_URI = pathToFileURL(fixturePath('never-opened.transcript')).href;


/** `code severity range message`, one string per diagnostic. */
function diagnosticLines(diagnostics: Diagnostic[]): string[] {
  return diagnostics.map(
    (d) => `${d.code} ${d.severity} ${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.message}`,
  );
}

function isDocumentSymbols(result: DocumentSymbol[] | SymbolInformation[] | null): result is DocumentSymbol[] {
  return result !== null && result.every((s) => 'selectionRange' in s);
}

describe('language server over stdio (node dist/server.js --stdio)', () => {
  let client: LspTestClient;
  /** The small fixture as the editor holds it, kept in step with every change sent. */
  let small: TextDocument;

  before(() => {
    client = LspTestClient.start();
  });

  after(async () => {
    await client?.dispose();
  });

  const symbolsOf = async (uri: string): Promise<DocumentSymbol[]> => {
    const result = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    assert.ok(isDocumentSymbols(result), 'hierarchical DocumentSymbol[] (the client said it supports them)');
    return result;
  };

  const change = async (edit: { range: Range; text: string }) => {
    const changes: TextDocumentContentChangeEvent[] = [edit];
    small = TextDocument.update(small, changes, small.version + 1);
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: SMALL_URI, version: small.version },
      contentChanges: changes,
    });
  };

  test('initialize: incremental sync, open/close notifications, document symbols', async () => {
    const result = await client.connection.sendRequest(InitializeRequest.type, vscodeInitializeParams());
    assert.deepEqual(result.capabilities.textDocumentSync, { openClose: true, change: TextDocumentSyncKind.Incremental });
    assert.ok(result.capabilities.documentSymbolProvider, 'documentSymbolProvider');
    // None: the client bundles no glob matcher for file-operation filters (client/src/noFileOperationGlobs.ts).
    assert.equal(result.capabilities.workspace?.fileOperations, undefined);
    assert.equal(result.serverInfo?.name, 'stenogram');
    await client.connection.sendNotification(InitializedNotification.type, {});
  });

  test('didOpen each sample: diagnostics are published for version 1, and there are none', async () => {
    for (const name of SAMPLES) {
      const uri = pathToFileURL(samplePath(name)).href;
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'transcript', version: 1, text: readSample(name) },
      });
      assert.deepEqual(await client.diagnostics(uri), { uri, version: 1, diagnostics: [] }, name);
    }
  });

  test('didOpen malformed-labels.transcript: its diagnostics, as full LSP objects', async () => {
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: MALFORMED_URI, languageId: 'transcript', version: 1, text: readFixture('malformed-labels.transcript') },
    });
    const published = await client.diagnostics(MALFORMED_URI);
    assert.equal(published.version, 1);
    assert.deepEqual(published.diagnostics[0], {
      range: range(0, 0, 0, 10),
      severity: 2,
      code: 'speaker-space-before-colon',
      codeDescription: { href: `${pathToFileURL(join(REPO_ROOT, 'docs', 'rules.md')).href}#speaker-space-before-colon` },
      source: 'stenogram',
      message: 'Space before the colon of the label “В.Соколов”.',
    });
    assert.deepEqual(diagnosticLines(published.diagnostics), [
      'speaker-space-before-colon 2 0:0-0:10 Space before the colon of the label “В.Соколов”.',
      'turn-repeated-speaker 4 1:0-1:9 “В.Соколов” speaks twice in a row.',
      'speaker-no-space-after-colon 2 1:9-1:10 No space after the colon of the label “В.Соколов”.',
      'turn-empty 2 2:0-2:11 The turn of “Н.Абдуллаев” has no text.',
      'speaker-double-colon 2 2:12-2:13 The label “Н.Абдуллаев” has more than one colon.',
      'turn-empty 2 4:0-4:11 The turn of “Н.Абдуллаев” has no text.',
    ]);
  });

  test('documentSymbol: the full tree of small-outline.transcript', async () => {
    small = TextDocument.create(SMALL_URI, 'transcript', 1, readFixture(SMALL));
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri: SMALL_URI, languageId: 'transcript', version: 1, text: small.getText() },
    });
    assert.deepEqual(await client.diagnostics(SMALL_URI), { uri: SMALL_URI, version: 1, diagnostics: [] });
    const expected: DocumentSymbol[] = [
      {
        name: 'Совещание по вопросам паводка',
        detail: '2023-04-11 09:00:00 · Озёрск',
        kind: SymbolKind.File,
        range: range(0, 0, 4, 6),
        selectionRange: range(0, 0, 0, 29),
      },
      {
        name: 'Вводная часть',
        detail: 'Губернатор провела совещание о подготовке к паводку.',
        kind: SymbolKind.String,
        range: range(6, 0, 6, 52),
        selectionRange: range(6, 0, 6, 52),
      },
      {
        name: 'Стенограмма совещания',
        detail: '3 turns',
        kind: SymbolKind.Namespace,
        range: range(7, 0, 12, 18),
        selectionRange: range(8, 0, 8, 21),
        children: [
          { name: 'И.Лебедь: Доброе утро. Начнём.', detail: '', kind: SymbolKind.Event, range: range(9, 0, 9, 30), selectionRange: range(9, 0, 9, 8) },
          { name: 'Р.Мансуров: Дамбы готовы.', detail: '', kind: SymbolKind.Event, range: range(10, 0, 11, 16), selectionRange: range(10, 0, 10, 10) },
          { name: 'И.Лебедь: Спасибо.', detail: '', kind: SymbolKind.Event, range: range(12, 0, 12, 18), selectionRange: range(12, 0, 12, 8) },
        ],
      },
    ];
    assert.deepEqual(await symbolsOf(SMALL_URI), expected);
  });

  test('didChange (incremental): insert a new turn, with a space before its colon', async () => {
    const at = positionOf(small.getText(), 'Насосы завезены.\n|И.Лебедь: Спасибо.');
    assert.deepEqual(at, { line: 12, character: 0 });
    await change({ range: { start: at, end: at }, text: 'Р.Мансуров : Откачка идёт по графику.\n' });

    const section = (await symbolsOf(SMALL_URI))[2];
    assert.deepEqual(
      { ...section, children: undefined },
      { name: 'Стенограмма совещания', detail: '4 turns', kind: SymbolKind.Namespace, range: range(7, 0, 13, 18), selectionRange: range(8, 0, 8, 21), children: undefined },
    );
    assert.deepEqual(section.children, [
      { name: 'И.Лебедь: Доброе утро. Начнём.', detail: '', kind: SymbolKind.Event, range: range(9, 0, 9, 30), selectionRange: range(9, 0, 9, 8) },
      { name: 'Р.Мансуров: Дамбы готовы.', detail: '', kind: SymbolKind.Event, range: range(10, 0, 11, 16), selectionRange: range(10, 0, 10, 10) },
      { name: 'Р.Мансуров: Откачка идёт по графику.', detail: '', kind: SymbolKind.Event, range: range(12, 0, 12, 37), selectionRange: range(12, 0, 12, 10) },
      { name: 'И.Лебедь: Спасибо.', detail: '', kind: SymbolKind.Event, range: range(13, 0, 13, 18), selectionRange: range(13, 0, 13, 8) },
    ]);
    const published = await client.diagnostics(SMALL_URI, (p) => p.version === 2);
    // The new turn follows Р.Мансуров's own turn: the same speaker twice in a row.
    assert.deepEqual(diagnosticLines(published.diagnostics), [
      'speaker-space-before-colon 2 12:0-12:11 Space before the colon of the label “Р.Мансуров”.',
      'turn-repeated-speaker 4 12:0-12:10 “Р.Мансуров” speaks twice in a row.',
    ]);
  });

  test('didChange (incremental): delete a continuation line; the turn below moves up', async () => {
    const start = positionOf(small.getText(), '|Насосы завезены.');
    assert.deepEqual(start, { line: 11, character: 0 });
    await change({ range: { start, end: { line: start.line + 1, character: 0 } }, text: '' });

    assert.deepEqual(small.getText().split('\n').slice(9, 13), [
      'И.Лебедь: Доброе утро. Начнём.',
      'Р.Мансуров: Дамбы готовы.',
      'Р.Мансуров : Откачка идёт по графику.',
      'И.Лебедь: Спасибо.',
    ]);
    const section = (await symbolsOf(SMALL_URI))[2];
    assert.deepEqual(section.range, range(7, 0, 12, 18));
    assert.deepEqual(section.children, [
      { name: 'И.Лебедь: Доброе утро. Начнём.', detail: '', kind: SymbolKind.Event, range: range(9, 0, 9, 30), selectionRange: range(9, 0, 9, 8) },
      { name: 'Р.Мансуров: Дамбы готовы.', detail: '', kind: SymbolKind.Event, range: range(10, 0, 10, 25), selectionRange: range(10, 0, 10, 10) },
      { name: 'Р.Мансуров: Откачка идёт по графику.', detail: '', kind: SymbolKind.Event, range: range(11, 0, 11, 37), selectionRange: range(11, 0, 11, 10) },
      { name: 'И.Лебедь: Спасибо.', detail: '', kind: SymbolKind.Event, range: range(12, 0, 12, 18), selectionRange: range(12, 0, 12, 8) },
    ]);
    const published = await client.diagnostics(SMALL_URI, (p) => p.version === 3);
    assert.deepEqual(diagnosticLines(published.diagnostics), [
      'speaker-space-before-colon 2 11:0-11:11 Space before the colon of the label “Р.Мансуров”.',
      'turn-repeated-speaker 4 11:0-11:10 “Р.Мансуров” speaks twice in a row.',
    ]);
  });

  test('stenogram/statistics {uri}: the numbers of the edited document', async () => {
    assert.deepEqual(await client.connection.sendRequest('stenogram/statistics', { uri: SMALL_URI }), {
      title: 'Совещание по вопросам паводка',
      date: '2023-04-11 09:00:00',
      turns: 4,
      words: 10,
      sections: 1,
      speakers: [
        { key: 'р.мансуров', name: 'Р.Мансуров', forms: ['Р.Мансуров'], isRole: false, turns: 2, words: 6, share: 0.6, longestTurnWords: 4, speakingSeconds: 3, audience: { laughter: 0, applause: 0 }, firstTurnLine: 10, lastTurnLine: 11 },
        { key: 'и.лебедь', name: 'И.Лебедь', forms: ['И.Лебедь'], isRole: false, turns: 2, words: 4, share: 0.4, longestTurnWords: 3, speakingSeconds: 2, audience: { laughter: 0, applause: 0 }, firstTurnLine: 9, lastTurnLine: 12 },
      ],
      tradition: { id: 'kremlin', name: 'kremlin.ru', detected: true },
      speakingTime: { seconds: 5, timedTurns: 0, wordsPerMinute: 120 },
      audience: { laughter: 0, applause: 0 },
    });
  });

  test('stenogram/statistics on a sample: 38 turns of press-conference.transcript, most words first', async () => {
    const uri = pathToFileURL(samplePath('press-conference.transcript')).href;
    const stats = (await client.connection.sendRequest('stenogram/statistics', { uri })) as { turns: number; speakers: { name: string; turns: number }[] };
    assert.equal(stats.turns, 38);
    assert.deepEqual(
      stats.speakers.map((s) => [s.name, s.turns]),
      [
        ['И.Лебедева', 15],
        ['Вопрос', 7],
        ['Р.Т.Гайнуллин', 3],
        ['А.Кара-Мурзаев', 2],
        ['Н.Орлова', 9],
        ['С.Прохоров', 1],
        ['Реплика', 1],
      ],
    );
  });

  test('requests on a URI that was never opened: empty results, and the server keeps answering', async () => {
    assert.deepEqual(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: UNKNOWN_URI } }), []);
    assert.equal(await client.connection.sendRequest('stenogram/statistics', { uri: UNKNOWN_URI }), null);
    assert.equal((await symbolsOf(SMALL_URI)).length, 3, 'still serving the open document');
    assert.ok(client.running);
  });

  test('didClose clears the document’s diagnostics (an empty publish) and forgets it', async () => {
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: SMALL_URI } });
    const cleared = await client.diagnostics(SMALL_URI, (p) => p.diagnostics.length === 0);
    assert.deepEqual(cleared, { uri: SMALL_URI, diagnostics: [] });
    assert.deepEqual(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: SMALL_URI } }), []);
  });

  test('shutdown, then exit: the process ends with code 0', async () => {
    assert.equal(await client.connection.sendRequest(ShutdownRequest.type), null);
    await client.connection.sendNotification(ExitNotification.type);
    assert.deepEqual(await client.waitForExit(), { code: 0, signal: null });
  });
});
