// The workspace over the protocol: transcripts under the workspace folders are read from disk without
// being opened (indexed in the background after `initialized`), so workspace/symbol, references and
// a workspace-wide rename reach them; didChangeWatchedFiles makes the server re-read a file.
//
// test/fixtures/workspace/ holds three transcripts (zero-based line numbers):
//   council-march.transcript   8 Н.Соколов: Коллеги, добрый день. Начнём с дорог.
//                              9 К.Лаптева: По дорогам у нас три пункта.   (10: a continuation line)
//                             11 Н.Соколов: Спасибо, Ксения Андреевна.
//                              (lead, line 6: Заседание провёл председатель совета Николай Соколов.)
//   council-april.transcript   4 Н.Соколов: Продолжим с того места, где остановились.
//                              5 Р.Мансуров: Мост отремонтирован.
//                              6 Н.Соколов: Хорошо.
//   press-may.transcript       4 Р.Мансуров: Как сообщил Н.Соколов, совет соберётся в июне.   (his name in text only)
//                              5 Вопрос: Когда откроют мост?
//                              6 Р.Мансуров: В июле.
// Waiting for the index means asking workspace/symbol until the files show up (a guard fails the test
// if they never do); nothing is timed. The order in which the server read the files is its own, so
// answers that span files are compared sorted by URI, then position.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  ReferencesRequest,
  RenameRequest,
  type Location,
  type SymbolInformation,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { positionOf } from '../helpers/cursor';
import { fixturePath } from '../helpers/fixtures';
import { applyEdits } from '../helpers/edits';
import { editLines, locationLines, symbolInformationLines } from '../helpers/navigation';
import { LspTestClient, vscodeFileUri, vscodeSettings } from './client';

const WORKSPACE = fixturePath('workspace');
const FILES = ['council-april.transcript', 'council-march.transcript', 'press-may.transcript'];
const read = (folder: string, name: string) => readFileSync(join(folder, name), 'utf8');
const uriOf = (folder: string, name: string) => pathToFileURL(join(folder, name)).href;
const TITLE = 'Заседание совета по развитию малых городов';

function byUriThenPosition(symbols: SymbolInformation[]): SymbolInformation[] {
  return [...symbols].sort(
    (a, b) =>
      a.location.uri.localeCompare(b.location.uri) ||
      a.location.range.start.line - b.location.range.start.line ||
      a.location.range.start.character - b.location.range.start.character,
  );
}

/** Short names for the URIs of `folder`'s files: `march`, `april`, `may`, `june`, `draft`. */
function namesIn(folder: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    march: uriOf(folder, 'council-march.transcript'),
    april: uriOf(folder, 'council-april.transcript'),
    may: uriOf(folder, 'press-may.transcript'),
    ...extra,
  };
}

/** The workspace/symbol answer once every one of `uris` has turns in it. */
function whenIndexed(client: LspTestClient, uris: string[]): Promise<SymbolInformation[]> {
  return client.symbolsWhen('', (symbols) => uris.every((u) => symbols.some((s) => s.location.uri === u)), `turns of ${uris.join(', ')}`);
}

/** Соколов's turns in the three fixture files, as workspace/symbol lists them (sorted). */
const SOKOLOV_TURNS = [
  `Event Н.Соколов: Продолжим с того места, где остановились. — ${TITLE} — april 4:0-4:52`,
  `Event Н.Соколов: Хорошо. — ${TITLE} — april 6:0-6:18`,
  `Event Н.Соколов: Коллеги, добрый день. Начнём с дорог. — ${TITLE} — march 8:0-8:48`,
  `Event Н.Соколов: Спасибо, Ксения Андреевна. — ${TITLE} — march 11:0-11:37`,
];

describe('a workspace folder read from disk (test/fixtures/workspace)', () => {
  let client: LspTestClient;
  const names = namesIn(WORKSPACE);
  const MARCH = names.march;
  const marchText = read(WORKSPACE, 'council-march.transcript');

  before(async () => {
    client = await LspTestClient.initialized({ folders: [vscodeFileUri(WORKSPACE)], watchFiles: true });
    await whenIndexed(client, Object.values(names));
  });

  after(async () => {
    await client?.dispose();
  });

  test('the server asks to be told of created, changed and deleted transcripts', () => {
    // Watchers for other files (settings files and the like) are not this test's business.
    const watchers = client.registrations
      .filter((r) => r.method === 'workspace/didChangeWatchedFiles')
      .flatMap((r) => (r.registerOptions as { watchers: { globPattern: unknown }[] }).watchers)
      .filter((w) => typeof w.globPattern === 'string' && /\.(transcript|stenogram)$/.test(w.globPattern));
    assert.deepEqual(watchers, [{ globPattern: '**/*.transcript' }, { globPattern: '**/*.stenogram' }]);
  });

  test('workspace/symbol `Соколов`, no file open: every turn of his in the folder’s files, none of the file that only names him in text', async () => {
    const symbols = await client.workspaceSymbols('Соколов');
    assert.deepEqual(symbolInformationLines(byUriThenPosition(symbols), names), SOKOLOV_TURNS);
    assert.deepEqual(byUriThenPosition(symbols)[0], {
      name: 'Н.Соколов: Продолжим с того места, где остановились.',
      kind: 24,
      location: { uri: names.april, range: { start: { line: 4, character: 0 }, end: { line: 4, character: 52 } } },
      containerName: TITLE,
    });
  });

  test('workspace/symbol: case and ё/е in the query do not matter', async () => {
    const sorted = async (query: string) => symbolInformationLines(byUriThenPosition(await client.workspaceSymbols(query)), names);
    assert.deepEqual(await sorted('н.СОКОЛОВ'), SOKOLOV_TURNS);
    assert.deepEqual(await sorted('Лаптёва'), [`Event К.Лаптева: По дорогам у нас три пункта. — ${TITLE} — march 9:0-10:22`]);
    assert.deepEqual(await sorted('Р.Мансуров'), [
      `Event Р.Мансуров: Мост отремонтирован. — ${TITLE} — april 5:0-5:32`,
      'Event Р.Мансуров: Как сообщил Н.Соколов, совет соберётся в июне. — Брифинг пресс-службы — may 4:0-4:58',
      'Event Р.Мансуров: В июле. — Брифинг пресс-службы — may 6:0-6:19',
    ]);
  });

  test('textDocument/references on an open file’s label: its lead mention and labels, then the labels in files not open', async () => {
    await client.openSettled(MARCH, marchText);
    const found: Location[] | null = await client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: MARCH },
      position: positionOf(marchText, 'Н.Сок|олов: Спасибо'),
      context: { includeDeclaration: true },
    });
    assert.deepEqual(locationLines(found ?? [], names), ['march 6:37-6:52', 'march 8:0-8:9', 'march 11:0-11:9', 'april 4:0-4:9', 'april 6:0-6:9']);
  });

  test('rename with `stenogram.rename.scope: file`: this file’s labels only', async () => {
    const edit = await client.connection.sendRequest(RenameRequest.type, {
      textDocument: { uri: MARCH },
      position: positionOf(marchText, 'Н.Сок|олов: Коллеги'),
      newName: 'Н.Сокольников',
    });
    assert.deepEqual(edit, {
      changes: {
        [MARCH]: [
          { range: { start: { line: 8, character: 0 }, end: { line: 8, character: 9 } }, newText: 'Н.Сокольников' },
          { range: { start: { line: 11, character: 0 }, end: { line: 11, character: 9 } }, newText: 'Н.Сокольников' },
        ],
      },
    });
  });

  test('rename with `stenogram.rename.scope: workspace` (read through workspace/configuration): the labels in the files on disk too, nothing else', async () => {
    await client.changeSettings({ rename: { scope: 'workspace' } }, MARCH);
    const edit = await client.connection.sendRequest(RenameRequest.type, {
      textDocument: { uri: MARCH },
      position: positionOf(marchText, 'Н.Сок|олов: Коллеги'),
      newName: 'Н.Сокольников',
    });
    const changes: Record<string, TextEdit[]> = edit?.changes ?? {};
    assert.deepEqual(Object.keys(changes).sort(), [names.april, MARCH].sort(), 'press-may names him in text only: no edit');
    assert.deepEqual(editLines(changes[MARCH]), ['8:0-8:9 → Н.Сокольников', '11:0-11:9 → Н.Сокольников']);
    assert.deepEqual(editLines(changes[names.april]), ['4:0-4:9 → Н.Сокольников', '6:0-6:9 → Н.Сокольников']);
    assert.equal(
      applyEdits(read(WORKSPACE, 'council-april.transcript'), changes[names.april]),
      [TITLE, '', '2023-04-11 10:00:00', '', 'Н.Сокольников: Продолжим с того места, где остановились.', 'Р.Мансуров: Мост отремонтирован.', 'Н.Сокольников: Хорошо.', ''].join('\n'),
    );
    assert.equal(
      applyEdits(marchText, changes[MARCH]),
      [
        TITLE,
        '',
        '2023-03-14 10:00:00',
        '',
        'Приозерск',
        '',
        'Заседание провёл председатель совета Николай Соколов.',
        '* * *',
        'Н.Сокольников: Коллеги, добрый день. Начнём с дорог.',
        'К.Лаптева: По дорогам у нас три пункта.',
        'Первый – ремонт моста.',
        'Н.Сокольников: Спасибо, Ксения Андреевна.',
        '',
        'http://example.org/council/news/copy/3101',
        '',
      ].join('\n'),
    );
  });

  test('an open document’s text wins over its file on disk', async () => {
    const edited = `${read(WORKSPACE, 'council-april.transcript')}Н.Соколов: Заседание закрыто.\n`;
    await client.openSettled(names.april, edited);
    const symbols = await client.workspaceSymbols('Соколов');
    assert.deepEqual(symbolInformationLines(byUriThenPosition(symbols), names), [
      `Event Н.Соколов: Продолжим с того места, где остановились. — ${TITLE} — april 4:0-4:52`,
      `Event Н.Соколов: Хорошо. — ${TITLE} — april 6:0-6:18`,
      `Event Н.Соколов: Заседание закрыто. — ${TITLE} — april 7:0-7:29`,
      `Event Н.Соколов: Коллеги, добрый день. Начнём с дорог. — ${TITLE} — march 8:0-8:48`,
      `Event Н.Соколов: Спасибо, Ксения Андреевна. — ${TITLE} — march 11:0-11:37`,
    ]);
  });
});

describe('files created, changed and deleted on disk (workspace/didChangeWatchedFiles)', () => {
  let client: LspTestClient;
  let folder: string;
  let names: Record<string, string>;
  const JUNE = 'council-june.transcript';

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'stenogram-workspace-'));
    for (const name of FILES) cpSync(join(WORKSPACE, name), join(folder, name));
    names = namesIn(folder, { june: uriOf(folder, JUNE) });
    client = await LspTestClient.initialized({ folders: [vscodeFileUri(folder)], watchFiles: true });
    await whenIndexed(client, [names.march, names.april, names.may]);
  });

  after(async () => {
    await client?.dispose();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  const notify = (type: FileChangeType) =>
    client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: names.june, type }] });
  const sokolov = async (done: (symbols: SymbolInformation[]) => boolean, what: string) =>
    symbolInformationLines(byUriThenPosition(await client.symbolsWhen('Соколов', done, what)), names);
  const juneTurns = (symbols: SymbolInformation[]) => symbols.filter((s) => s.location.uri === names.june).length;

  test('a created file: its turns appear', async () => {
    writeFileSync(join(folder, JUNE), `${TITLE}\n\n2023-06-13 10:00:00\n\nН.Соколов: Начнём с моста.\nР.Мансуров: Мост открыт.\n`);
    await notify(FileChangeType.Created);
    assert.deepEqual(await sokolov((s) => juneTurns(s) > 0, 'the created file'), [
      ...SOKOLOV_TURNS.slice(0, 2),
      `Event Н.Соколов: Начнём с моста. — ${TITLE} — june 4:0-4:26`,
      ...SOKOLOV_TURNS.slice(2),
    ]);
  });

  test('a changed file: read again', async () => {
    writeFileSync(join(folder, JUNE), `${TITLE}\n\n2023-06-13 10:00:00\n\nН.Соколов: Начнём с моста.\nР.Мансуров: Мост открыт.\nН.Соколов: Спасибо.\n`);
    await notify(FileChangeType.Changed);
    assert.deepEqual(await sokolov((s) => juneTurns(s) === 2, 'the changed file’s second turn'), [
      ...SOKOLOV_TURNS.slice(0, 2),
      `Event Н.Соколов: Начнём с моста. — ${TITLE} — june 4:0-4:26`,
      `Event Н.Соколов: Спасибо. — ${TITLE} — june 6:0-6:19`,
      ...SOKOLOV_TURNS.slice(2),
    ]);
  });

  test('a deleted file: its turns are gone', async () => {
    unlinkSync(join(folder, JUNE));
    await notify(FileChangeType.Deleted);
    assert.deepEqual(await sokolov((s) => juneTurns(s) === 0, 'the deleted file gone'), SOKOLOV_TURNS);
  });
});

describe('file names that VS Code and Node spell differently in a URI', () => {
  // VS Code percent-encodes `(`, `)` and other sub-delimiters in a file URI
  // (`…/%D0%A1%D0%BE%D0%B2%D0%B5%D1%82%20%28%D1%87%D0%B5%D1%80%D0%BD%D0%BE%D0%B2%D0%B8%D0%BA%29.transcript`);
  // Node's pathToFileURL leaves them as they are. The open document comes with VS Code's spelling.
  let client: LspTestClient;
  let folder: string;
  const DRAFT = 'Совет (черновик).transcript';
  const DRAFT_TEXT = 'Н.Соколов: Черновик повестки.\nК.Лаптева: Согласна.\n';
  let draftUri: string;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'stenogram-workspace-'));
    cpSync(join(WORKSPACE, 'council-april.transcript'), join(folder, 'council-april.transcript'));
    writeFileSync(join(folder, DRAFT), DRAFT_TEXT);
    draftUri = vscodeFileUri(join(folder, DRAFT));
    client = await LspTestClient.initialized({ folders: [vscodeFileUri(folder)], watchFiles: true, settings: vscodeSettings({ rename: { scope: 'workspace' } }) });
    await client.symbolsWhen('Лаптева', (s) => s.length > 0, 'the draft');
    await client.openSettled(draftUri, DRAFT_TEXT);
  });

  after(async () => {
    await client?.dispose();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  test(
    'workspace/symbol lists each turn of an open file once, under the URI the editor gave',
    async () => {
      const symbols = await client.workspaceSymbols('Лаптева');
      assert.deepEqual(
        symbols.map((s) => ({ name: s.name, location: s.location })),
        [{ name: 'К.Лаптева: Согласна.', location: { uri: draftUri, range: { start: { line: 1, character: 0 }, end: { line: 1, character: 20 } } } }],
      );
    },
  );

  test(
    'a workspace rename edits an open file once',
    async () => {
      const edit = await client.connection.sendRequest(RenameRequest.type, {
        textDocument: { uri: draftUri },
        position: positionOf(DRAFT_TEXT, 'К.Лап|тева'),
        newName: 'К.Лаптева-Орлова',
      });
      assert.deepEqual(edit, {
        changes: { [draftUri]: [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 9 } }, newText: 'К.Лаптева-Орлова' }] },
      });
    },
  );
});
