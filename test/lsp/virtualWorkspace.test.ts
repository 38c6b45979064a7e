// Virtual workspaces over the protocol: VS Code opened on `vscode-vfs://github/owner/repo` (GitHub
// Repositories) and `memfs:/ws`, with a transcript of that repository and an untitled one open. The
// server cannot read those folders (no file system of its own there): it says so in one line per
// folder, and every per-document feature answers from the text the editor sent, whatever the URI's
// scheme. A folder on disk beside a virtual one is still indexed.
//
// A.transcript (vscode-vfs://github/owner/repo/council/a.transcript), zero-based lines:
//   0 Совещание о ремонте дорог   2 2024-03-14 10:00:00   4 the lead (names Е.Воронина)
//   6 Е.Воронина: Добрый день, коллеги.
//   7 Т.Гараев: Подрядчики готовы.
//   8 Е.Воронина Сколько участков в плане?   (no colon: speaker-missing-colon; continues Т.Гараев's turn)
// UNTITLED (untitled:Untitled-1):
//   0 Е.Воронина: Продолжим.
//   1 Т.Гараев: Слушаю.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  CodeLensRequest,
  CompletionRequest,
  DefinitionRequest,
  DocumentHighlightRequest,
  DocumentLinkRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  MarkupKind,
  ReferencesRequest,
  RenameRequest,
  SelectionRangeRequest,
  SemanticTokensRequest,
  WorkspaceSymbolRequest,
  type CodeAction,
  type DocumentSymbol,
  type Location,
  type SymbolInformation,
} from 'vscode-languageserver-protocol/node';
import { fixturePath } from '../helpers/fixtures';
import { locationLines, symbolInformationLines } from '../helpers/navigation';
import { symbolLines } from '../helpers/symbols';
import { ROADS, ROADS_URI, VFS } from '../helpers/roadsMeeting';
import { editsFor, LspTestClient, portable, RULES_DOC } from './client';

const MEMFS = 'memfs:/ws';
const UNTITLED_URI = 'untitled:Untitled-1';
const A_URI = ROADS_URI;
const A = ROADS;
const UNTITLED = 'Е.Воронина: Продолжим.\nТ.Гараев: Слушаю.\n';

const notOnDisk = (folder: string, scheme: string) =>
  `workspace folder ${folder} is not on disk (${scheme}:): transcripts open in the editor are analysed as usual; ` +
  'its other transcripts and its stenogram.speakers.json are not read';

const range = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });


describe('a virtual workspace (vscode-vfs://github/owner/repo and memfs:/ws) with a repository transcript and an untitled one open', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.initialized({ folders: [VFS, MEMFS] });
    await client.open(A_URI, A);
    await client.open(UNTITLED_URI, UNTITLED);
  });
  after(() => client.dispose());

  test('diagnostics are published for both documents', async () => {
    assert.deepEqual(portable((await client.diagnostics(A_URI)).diagnostics), [
      {
        range: range(8, 0, 8, 10),
        severity: 1,
        code: 'speaker-missing-colon',
        codeDescription: { href: `${RULES_DOC}#speaker-missing-colon` },
        source: 'stenogram',
        message: '“Е.Воронина” starts a turn but has no colon after the label.',
      },
    ]);
    assert.deepEqual(await client.diagnostics(UNTITLED_URI), { uri: UNTITLED_URI, version: 1, diagnostics: [] });
  });

  test('the server said once per folder that it is not on disk, and logged no error', async () => {
    // Reported while handling `initialized`, so before any answer to a later request.
    await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '' });
    assert.deepEqual(
      client.logs.map((l) => l.message),
      [notOnDisk(VFS, 'vscode-vfs'), notOnDisk(MEMFS, 'memfs')],
    );
    assert.deepEqual(client.loggedErrors, []);
  });

  test('document symbols of the repository transcript and of the untitled one', async () => {
    const symbolsOf = async (uri: string) =>
      symbolLines((await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[]);
    assert.deepEqual(await symbolsOf(A_URI), [
      'File Совещание о ремонте дорог — 2024-03-14 10:00:00 [0:0-2:19] sel [0:0-0:25]',
      'String Вводная часть — Глава района Е.Воронина провела совещание. [4:0-4:42] sel [4:0-4:42]',
      'Event Е.Воронина: Добрый день, коллеги. [6:0-6:33] sel [6:0-6:10]',
      'Event Т.Гараев: Подрядчики готовы. [7:0-8:36] sel [7:0-7:8]',
    ]);
    assert.deepEqual(await symbolsOf(UNTITLED_URI), [
      'Event Е.Воронина: Продолжим. [0:0-0:22] sel [0:0-0:10]',
      'Event Т.Гараев: Слушаю. [1:0-1:17] sel [1:0-1:8]',
    ]);
  });

  test('hover on a label: the line of the only turn is plain text, not a link to a file', async () => {
    assert.deepEqual(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: A_URI }, position: { line: 6, character: 3 } }), {
      contents: {
        kind: MarkupKind.Markdown,
        value: '**Е\\.Воронина** — Глава района Е\\.Воронина\n\n*as the lead names them*\n\n1 turn · 3 words · 27.3% of the words\n\nOnly turn: line 7',
      },
      range: range(6, 0, 6, 10),
    });
    assert.deepEqual(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: UNTITLED_URI }, position: { line: 0, character: 3 } }), {
      contents: {
        kind: MarkupKind.Markdown,
        value: '**Е\\.Воронина**\n\n*Neither the lead nor stenogram.speakers.json says who this is.*\n\n1 turn · 1 word · 50% of the words\n\nOnly turn: line 1',
      },
      range: range(0, 0, 0, 10),
    });
  });

  test('rename (file scope) in the untitled document changes its label only', async () => {
    const edit = await client.connection.sendRequest(RenameRequest.type, {
      textDocument: { uri: UNTITLED_URI },
      position: { line: 0, character: 3 },
      newName: 'Е.Воронина-Смит',
    });
    assert.deepEqual(edit, { changes: { [UNTITLED_URI]: [{ range: range(0, 0, 0, 10), newText: 'Е.Воронина-Смит' }] } });
  });

  test('references reach the other open document, whatever its scheme', async () => {
    const locations = (await client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri: UNTITLED_URI },
      position: { line: 1, character: 2 },
      context: { includeDeclaration: true },
    })) as Location[];
    assert.deepEqual(locationLines(locations, { a: A_URI, untitled: UNTITLED_URI }), ['untitled 1:0-1:8', 'a 7:0-7:8']);
  });

  test('workspace symbols list the turns of the open documents', async () => {
    const symbols = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Гараев' })) as SymbolInformation[];
    assert.deepEqual(symbolInformationLines(symbols, { a: A_URI, untitled: UNTITLED_URI }), [
      'Event Т.Гараев: Подрядчики готовы. — Совещание о ремонте дорог — a 7:0-8:36',
      'Event Т.Гараев: Слушаю. — untitled:Untitled-1 — untitled 1:0-1:17',
    ]);
  });

  test('the quick fix of the repository transcript edits that document', async () => {
    const diagnostic = { range: range(8, 0, 8, 10), message: '', code: 'speaker-missing-colon', source: 'stenogram' };
    const actions = await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: A_URI },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    const fixes = (actions ?? []).filter((a): a is CodeAction => 'edit' in a && a.kind === 'quickfix');
    assert.deepEqual(
      fixes.map((a) => [a.title, editsFor(a.edit, A_URI)]),
      [['Insert “:” after “Е.Воронина”', [{ range: range(8, 10, 8, 10), newText: ':' }]]],
    );
  });

  test('every other per-document feature answers for both documents, and the server stays up', async () => {
    for (const [uri, label] of [
      [A_URI, { line: 6, character: 3 }],
      [UNTITLED_URI, { line: 0, character: 3 }],
    ] as const) {
      const textDocument = { uri };
      const answers: Record<string, unknown> = {
        selectionRange: await client.connection.sendRequest(SelectionRangeRequest.type, { textDocument, positions: [label] }),
        highlight: await client.connection.sendRequest(DocumentHighlightRequest.type, { textDocument, position: label }),
        definition: await client.connection.sendRequest(DefinitionRequest.type, { textDocument, position: label }),
        completion: await client.connection.sendRequest(CompletionRequest.type, { textDocument, position: { line: 0, character: 0 } }),
        codeLens: await client.connection.sendRequest(CodeLensRequest.type, { textDocument }),
        semanticTokens: (await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument }))?.data,
        speakers: await client.connection.sendRequest('stenogram/speakers', { uri }),
        statistics: await client.connection.sendRequest('stenogram/statistics', { uri }),
        cursorInfo: await client.connection.sendRequest('stenogram/cursorInfo', { uri, position: label }),
        turnNavigation: await client.connection.sendRequest('stenogram/turnNavigation', { uri, position: label, direction: 'next' }),
      };
      for (const [name, answer] of Object.entries(answers)) {
        assert.ok(answer !== null && (!Array.isArray(answer) || answer.length > 0), `${name} on ${uri}: ${JSON.stringify(answer)}`);
      }
      // The definition of a speaker is in the document itself, under its own URI.
      const definitions = ([] as Location[]).concat(answers.definition as Location | Location[]);
      assert.deepEqual([...new Set(definitions.map((d) => d.uri))], [uri]);
    }
    // Folding: the repository transcript folds its two-line turn; the untitled one has
    // nothing of more than one line to fold.
    assert.deepEqual(await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: A_URI } }), [
      { startLine: 7, endLine: 8, collapsedText: 'Т.Гараев: Подрядчики готовы.' },
    ]);
    assert.deepEqual(await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: UNTITLED_URI } }), []);
    // Links: the untitled document has none; the repository one neither (no source URL): an empty list, not an error.
    assert.deepEqual(await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri: UNTITLED_URI } }), []);
    assert.deepEqual(client.loggedErrors, []);
    assert.ok(client.running, `the server is running; stderr:\n${client.serverStderr}`);
  });
});

describe('a virtual folder beside a folder on disk (test/fixtures/workspace)', () => {
  let client: LspTestClient;
  const disk = pathToFileURL(fixturePath('workspace')).href;
  before(async () => {
    client = await LspTestClient.initialized({ folders: [VFS, disk] });
  });
  after(() => client.dispose());

  test('the folder on disk is indexed; the virtual one is reported once', async () => {
    const giveUp = Date.now() + 30_000;
    let symbols: SymbolInformation[] = [];
    // The index is built in the background: ask until the three files of the disk folder show up.
    while (new Set(symbols.map((s) => s.location.uri)).size < 3) {
      if (Date.now() > giveUp) throw new Error(`the folder on disk was never indexed; last answer: ${JSON.stringify(symbols)}`);
      symbols = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '' })) as SymbolInformation[];
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    assert.deepEqual([...new Set(symbols.map((s) => s.location.uri.slice(disk.length)))].sort(), [
      '/council-april.transcript',
      '/council-march.transcript',
      '/press-may.transcript',
    ]);
    assert.deepEqual(
      client.logs.map((l) => l.message),
      [notOnDisk(VFS, 'vscode-vfs')],
    );
    assert.deepEqual(client.loggedErrors, []);
  });
});
