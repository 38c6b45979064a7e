// The navigation capabilities of the bundled server (dist/server.js over stdio), asked as VS Code asks
// them: initialize → initialized (the server reads `stenogram` settings) → didOpen fixtures → requests.
// Every answer is written out in full. Requests about a document the server does not hold answer
// empty or null, never an error.
//
// Not checked here: that two requests on one document version share one parse. The server keeps its
// parse count (TranscriptCache.parses) to itself — nothing over the protocol shows it — so that is
// checked in test/unit/navigation.test.ts on the cache the server uses.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import {
  CompletionRequest,
  CompletionTriggerKind,
  DidCloseTextDocumentNotification,
  DefinitionRequest,
  DocumentHighlightRequest,
  DocumentLinkRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  ResponseError,
  SelectionRangeRequest,
  TextDocumentSyncKind,
  type DocumentSymbol,
  type Position,
  type Range,
  type SymbolInformation,
} from 'vscode-languageserver-protocol/node';
import { positionOf } from '../helpers/cursor';
import { fixturePath, readFixture } from '../helpers/fixtures';
import { applyEdits } from '../helpers/edits';
import { editLines, selectionChain } from '../helpers/navigation';
import { symbolLines } from '../helpers/symbols';
import { documentUri, LspTestClient } from './client';

const range = (sl: number, sc: number, el: number, ec: number): Range => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });

const MEETING_TEXT = readFixture('nav-meeting.transcript');
const MEETING_URI = pathToFileURL(fixturePath('nav-meeting.transcript')).href;
const EN_TEXT = readFixture('nav-en.transcript');
const EN_URI = pathToFileURL(fixturePath('nav-en.transcript')).href;
const DIALOGUE_TEXT = readFixture('nav-dialogue.transcript');
const DIALOGUE_URI = pathToFileURL(fixturePath('nav-dialogue.transcript')).href;
const UNKNOWN_URI = pathToFileURL(fixturePath('nav-never-opened.transcript')).href;

const meetingAt = (marked: string): Position => positionOf(MEETING_TEXT, marked);

/** What a request that the server refused rejected with: its code and message. */
async function errorOf(request: Promise<unknown>): Promise<{ code: number; message: string } | 'answered'> {
  try {
    await request;
  } catch (error) {
    assert.ok(error instanceof ResponseError, `a ResponseError, not ${String(error)}`);
    return { code: error.code, message: error.message };
  }
  return 'answered';
}

describe('navigation over stdio (node dist/server.js --stdio)', () => {
  let client: LspTestClient;

  before(async () => {
    client = await LspTestClient.initialized({ watchFiles: true });
    await client.open(MEETING_URI, MEETING_TEXT);
    await client.open(EN_URI, EN_TEXT);
    await client.open(DIALOGUE_URI, DIALOGUE_TEXT);
  });

  after(async () => {
    await client?.dispose();
  });

  test('initialize advertises every navigation capability, with incremental sync', () => {
    // Other capabilities (diagnostics, code actions, hover…) belong to other tests; only these are picked.
    const { capabilities } = client.initializeResult;
    const NAVIGATION = [
      'textDocumentSync',
      'documentSymbolProvider',
      'foldingRangeProvider',
      'selectionRangeProvider',
      'documentLinkProvider',
      'documentHighlightProvider',
      'definitionProvider',
      'referencesProvider',
      'renameProvider',
      'completionProvider',
      'workspaceSymbolProvider',
    ] as const;
    assert.deepEqual(Object.fromEntries(NAVIGATION.map((k) => [k, capabilities[k]])), {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      documentSymbolProvider: { label: 'Stenogram' },
      foldingRangeProvider: true,
      selectionRangeProvider: true,
      documentLinkProvider: { resolveProvider: false },
      documentHighlightProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      renameProvider: { prepareProvider: true },
      // `*` opens completion as `* * *` is typed at the start of a line, for the new-section item.
      completionProvider: { resolveProvider: false, triggerCharacters: ['*'] },
      workspaceSymbolProvider: true,
    });
    assert.deepEqual(client.initializeResult.serverInfo, { name: 'stenogram', version: '0.1.0' });
  });

  test('textDocument/documentSymbol: header, lead, two `* * *` sections with their turns', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: MEETING_URI } })) as DocumentSymbol[];
    assert.deepEqual(symbolLines(symbols), [
      'File Встреча с Президентом Казахстана Нурсултаном Назарбаевым — 2017-12-27 12:40:00 · Москва, Кремль [0:0-4:14] sel [0:0-0:56]',
      'String Вводная часть — Состоялась встреча Владимира Путина с Президентом Казахстана… [6:0-7:46] sel [6:0-6:85]',
      'Namespace Стенограмма начала встречи — 5 turns [8:0-15:56] sel [9:0-9:26]',
      '  Event В.Путин: Уважаемый Нурсултан Абишевич! Рад вас видеть. Как доехали? [10:0-11:47] sel [10:0-10:7]',
      '  Event Н.Назарбаев: Спасибо, Владимир Владимирович. [12:0-12:44] sel [12:0-12:11]',
      '  Event В.Путин: Пожалуйста. [13:0-13:20] sel [13:0-13:7]',
      '  Event С.Лавров: Позвольте добавить. [14:0-14:29] sel [14:0-14:8]',
      '  Event Н.Назарбаев: Конечно. Как говорит В.Путин, работы много. [15:0-15:56] sel [15:0-15:11]',
      'Namespace * * * (Раздел) — 2 turns [16:0-19:13] sel [16:0-16:5]',
      '  Event В.Путин: Продолжим. [17:0-17:19] sel [17:0-17:7]',
      '  Event Н.Назарбаев: Да. [18:0-19:13] sel [18:0-18:11]',
    ]);
  });

  test('textDocument/foldingRange: the lead, the sections, turns with continuation lines', async () => {
    assert.deepEqual(await client.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri: MEETING_URI } }), [
      { startLine: 6, endLine: 7 },
      { startLine: 8, endLine: 15, collapsedText: 'Стенограмма начала встречи' },
      { startLine: 10, endLine: 11, collapsedText: 'В.Путин: Уважаемый Нурсултан Абишевич! Рад вас видеть. Как доехали?' },
      { startLine: 16, endLine: 19, collapsedText: '* * *' },
      { startLine: 18, endLine: 19, collapsedText: 'Н.Назарбаев: Да.' },
    ]);
  });

  test('textDocument/selectionRange: word → sentence → turn text → line → turn → section → document, per position', async () => {
    const result = await client.connection.sendRequest(SelectionRangeRequest.type, {
      textDocument: { uri: MEETING_URI },
      positions: [meetingAt('Рад в|ас видеть.'), meetingAt('Как говорит В.Пу|тин')],
    });
    assert.deepEqual(result?.map(selectionChain), [
      ['10:43-10:46', '10:39-10:54', '10:9-10:67', '10:0-10:67', '10:0-11:47', '8:0-15:56', '0:0-22:0'],
      ['15:34-15:41', '15:22-15:56', '15:13-15:56', '15:0-15:56', '8:0-15:56', '0:0-22:0'],
    ]);
  });

  test('textDocument/documentLink: the source URL', async () => {
    assert.deepEqual(await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri: MEETING_URI } }), [
      { range: range(21, 0, 21, 50), target: 'http://kremlin.ru/events/president/news/copy/56509', tooltip: 'kremlin.ru · 56509' },
    ]);
  });

  test('textDocument/documentHighlight on a label: the lead mention (Read) and every label of the speaker (Text)', async () => {
    assert.deepEqual(
      await client.connection.sendRequest(DocumentHighlightRequest.type, { textDocument: { uri: MEETING_URI }, position: meetingAt('В.Пу|тин: Пожалуйста.') }),
      [
        { range: range(6, 19, 6, 35), kind: 2 },
        { range: range(10, 0, 10, 7), kind: 1 },
        { range: range(13, 0, 13, 7), kind: 1 },
        { range: range(17, 0, 17, 7), kind: 1 },
      ],
    );
  });

  test('textDocument/definition on a label: the lead mention; with none in the lead, the first turn; off a label, null', async () => {
    const definitionAt = (position: Position) => client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: MEETING_URI }, position });
    assert.deepEqual(await definitionAt(meetingAt('В.Пу|тин: Продолжим.')), { uri: MEETING_URI, range: range(6, 19, 6, 35) });
    assert.deepEqual(await definitionAt(meetingAt('С.Лав|ров')), { uri: MEETING_URI, range: range(14, 0, 14, 8) });
    assert.equal(await definitionAt(meetingAt('Как говорит В.Пу|тин')), null);
  });

  test('textDocument/references on a label, with and without the declaration (the lead mention)', async () => {
    const referencesAt = (includeDeclaration: boolean) =>
      client.connection.sendRequest(ReferencesRequest.type, {
        textDocument: { uri: MEETING_URI },
        position: meetingAt('Н.Назарб|аев: Да.'),
        context: { includeDeclaration },
      });
    assert.deepEqual(await referencesAt(true), [
      { uri: MEETING_URI, range: range(6, 61, 6, 84) },
      { uri: MEETING_URI, range: range(12, 0, 12, 11) },
      { uri: MEETING_URI, range: range(15, 0, 15, 11) },
      { uri: MEETING_URI, range: range(18, 0, 18, 11) },
    ]);
    assert.deepEqual(await referencesAt(false), [
      { uri: MEETING_URI, range: range(12, 0, 12, 11) },
      { uri: MEETING_URI, range: range(15, 0, 15, 11) },
      { uri: MEETING_URI, range: range(18, 0, 18, 11) },
    ]);
  });

  test('textDocument/prepareRename on a label: the name and a placeholder; a role+name label: the person part', async () => {
    assert.deepEqual(
      await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: MEETING_URI }, position: meetingAt('Н.Назарбаев|: Спасибо') }),
      { range: range(12, 0, 12, 11), placeholder: 'Н.Назарбаев' },
    );
    assert.deepEqual(
      await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: EN_URI }, position: positionOf(EN_TEXT, 'Pres|ident of the Council') }),
      { range: range(6, 25, 6, 34), placeholder: 'Anna Hale' },
    );
  });

  test('textDocument/prepareRename off a label: an error response whose message says where rename works', async () => {
    assert.deepEqual(
      await errorOf(client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: MEETING_URI }, position: meetingAt('Владимира Пу|тина') })),
      { code: -32600, message: 'Rename works on a speaker label: put the cursor on a label such as “В.Путин:”.' },
    );
  });

  test('textDocument/rename (scope `file`): the speaker’s labels in this document; applied, the lead and turn text keep the name', async () => {
    const edit = await client.connection.sendRequest(RenameRequest.type, {
      textDocument: { uri: MEETING_URI },
      position: meetingAt('В.Пу|тин: Пожалуйста.'),
      newName: 'В.Владимиров',
    });
    assert.deepEqual(Object.keys(edit?.changes ?? {}), [MEETING_URI]);
    assert.equal(edit?.documentChanges, undefined);
    const edits = edit!.changes![MEETING_URI];
    assert.deepEqual(editLines(edits), ['10:0-10:7 → В.Владимиров', '13:0-13:7 → В.Владимиров', '17:0-17:7 → В.Владимиров']);
    assert.equal(
      applyEdits(MEETING_TEXT, edits),
      MEETING_TEXT.replace('В.Путин: Уважаемый', 'В.Владимиров: Уважаемый')
        .replace('В.Путин: Пожалуйста', 'В.Владимиров: Пожалуйста')
        .replace('В.Путин: Продолжим', 'В.Владимиров: Продолжим'),
    );
    const renamed = applyEdits(MEETING_TEXT, edits);
    assert.ok(renamed.includes('встреча Владимира Путина с') && renamed.includes('Как говорит В.Путин, работы'), 'lead and turn text unchanged');
  });

  test('textDocument/rename of a role+name label (`President of the Council Anna Hale:`): only the person part, in both labels', async () => {
    const edit = await client.connection.sendRequest(RenameRequest.type, {
      textDocument: { uri: EN_URI },
      position: positionOf(EN_TEXT, 'Anna Ha|le: Let us begin.'),
      newName: 'Anna Berg',
    });
    assert.deepEqual(edit, {
      changes: {
        [EN_URI]: [
          { range: range(6, 25, 6, 34), newText: 'Anna Berg' },
          { range: range(8, 0, 8, 9), newText: 'Anna Berg' },
        ],
      },
    });
  });

  test('textDocument/rename to a name that would not read as a label, or off a label: an error response with the reason', async () => {
    const renameTo = (newName: string, marked = 'В.Пу|тин: Пожалуйста.') =>
      errorOf(client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: MEETING_URI }, position: meetingAt(marked), newName }));
    assert.deepEqual(await renameTo('прошу слова'), { code: -32600, message: '“прошу слова” would not be read as a speaker label.' });
    assert.deepEqual(await renameTo(''), { code: -32600, message: '“” would not be read as a speaker label.' });
    assert.deepEqual(await renameTo('В.Путин: да'), { code: -32600, message: '“В.Путин: да” would not be read as a speaker label.' });
    assert.deepEqual(await renameTo('В.Владимиров', 'Владимира Пу|тина'), {
      code: -32600,
      message: 'Rename works on a speaker label: put the cursor on a label such as “В.Путин:”.',
    });
  });

  test('textDocument/completion at the start of an empty line after a dialogue', async () => {
    const edit = (newText: string) => ({ range: range(6, 0, 6, 0), newText });
    assert.deepEqual(await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: DIALOGUE_URI }, position: { line: 6, character: 0 } }), [
      { label: 'К.Лаптева', kind: 18, detail: 'likely next speaker', sortText: '00000', filterText: 'К.Лаптева', textEdit: edit('К.Лаптева: '), preselect: true },
      { label: 'В.Соколов', kind: 18, detail: '3 turns · 5 words', sortText: '00001', filterText: 'В.Соколов', textEdit: edit('В.Соколов: ') },
      { label: 'Н.Абдуллаев', kind: 18, detail: '2 turns · 3 words', sortText: '00002', filterText: 'Н.Абдуллаев', textEdit: edit('Н.Абдуллаев: ') },
      { label: 'Вопрос', kind: 14, detail: 'role label, not in this file yet', sortText: '20000', filterText: 'Вопрос', textEdit: edit('Вопрос: ') },
      { label: 'Реплика', kind: 14, detail: 'role label, not in this file yet', sortText: '20001', filterText: 'Реплика', textEdit: edit('Реплика: ') },
      { label: 'Голос из зала', kind: 14, detail: 'role label, not in this file yet', sortText: '20002', filterText: 'Голос из зала', textEdit: edit('Голос из зала: ') },
      { label: 'Ведущий', kind: 14, detail: 'role label, not in this file yet', sortText: '20003', filterText: 'Ведущий', textEdit: edit('Ведущий: ') },
      {
        label: '* * *',
        kind: 15,
        detail: 'new section: separator, heading, first turn',
        sortText: '30000',
        filterText: 'section раздел',
        insertTextFormat: 2,
        textEdit: edit('* * *\n${1:Заголовок раздела}\n${2:Спикер}: $0'),
      },
    ]);
  });

  test('textDocument/completion triggered by `*`: the new section at the start of a line, as `*` and `* * *` are typed; nothing on a `*` in prose', async () => {
    const uri = documentUri('completion-star');
    const text = ['А.Егоров: Доброе утро.', '*', '* * *', 'М.Орлова: Это важно *', 'Сноска* в тексте', '  *', ''].join('\n');
    await client.open(uri, text);
    const complete = (line: number, character: number) =>
      client.connection.sendRequest(CompletionRequest.type, {
        textDocument: { uri },
        position: { line, character },
        context: { triggerKind: CompletionTriggerKind.TriggerCharacter, triggerCharacter: '*' },
      });
    const section = (line: number, end: number) => ({
      label: '* * *',
      kind: 15,
      detail: 'new section: separator, heading, first turn',
      sortText: '30000',
      filterText: '*',
      insertTextFormat: 2,
      textEdit: { range: range(line, 0, line, end), newText: '* * *\n${1:Заголовок раздела}\n${2:Спикер}: $0' },
    });
    assert.deepEqual(await complete(1, 1), [section(1, 1)]);
    assert.deepEqual(await complete(2, 5), [{ ...section(2, 5), filterText: '* * *' }]);
    assert.deepEqual(await complete(3, 21), [], 'a `*` after a label’s text');
    assert.deepEqual(await complete(4, 6), [], 'a `*` inside a word of prose');
    assert.deepEqual(await complete(5, 3), [], 'a `*` after spaces');
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  });

  test('textDocument/completion after a label’s colon: none', async () => {
    const position = positionOf(DIALOGUE_TEXT, 'В.Соколов: |Да, пожалуйста.');
    assert.deepEqual(await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: DIALOGUE_URI }, position }), []);
  });

  test('stenogram/turnNavigation: next, previous, same speaker; null at the ends', async () => {
    const navigate = (marked: string, direction: 'next' | 'previous', sameSpeaker = false) =>
      client.connection.sendRequest('stenogram/turnNavigation', { uri: MEETING_URI, position: meetingAt(marked), direction, sameSpeaker });
    assert.deepEqual(await navigate('Рад в|ас видеть.', 'next'), range(12, 0, 12, 11));
    assert.deepEqual(await navigate('Рад в|ас видеть.', 'next', true), range(13, 0, 13, 7));
    assert.deepEqual(await navigate('Мне оч|ень приятно', 'previous'), range(10, 0, 10, 7));
    assert.deepEqual(await navigate('В.Пу|тин: Продолжим.', 'previous', true), range(13, 0, 13, 7));
    assert.equal(await navigate('Второй аб|зац.', 'next'), null);
    assert.equal(await navigate('В.П|утин: Уважаемый', 'previous'), null);
  });

  test('stenogram/speakers: speakers in order of first appearance with their turns', async () => {
    const turn = (line: number, label: string, detail: string) => ({ range: range(line, 0, line, label.length), label, detail });
    assert.deepEqual(await client.connection.sendRequest('stenogram/speakers', { uri: DIALOGUE_URI }), [
      { key: 'н.абдуллаев', name: 'Н.Абдуллаев', isRole: false, words: 3, share: 3 / 10, rank: 1, turns: [turn(0, 'Н.Абдуллаев', 'Доброе утро.'), turn(2, 'Н.Абдуллаев', 'Хорошо.')] },
      {
        key: 'в.соколов',
        name: 'В.Соколов',
        isRole: false,
        words: 5,
        share: 5 / 10,
        rank: 0,
        turns: [turn(1, 'В.Соколов', 'Начнём.'), turn(3, 'В.Соколов', 'Первый вопрос.'), turn(5, 'В.Соколов', 'Да, пожалуйста.')],
      },
      { key: 'к.лаптева', name: 'К.Лаптева', isRole: false, words: 2, share: 2 / 10, rank: 2, turns: [turn(4, 'К.Лаптева', 'Можно мне?')] },
    ]);
  });

  test('workspace/symbol with no workspace folder: the turns of the open documents whose speaker matches', async () => {
    const symbols: SymbolInformation[] = await client.workspaceSymbols('соколов');
    assert.deepEqual(symbols, [
      { name: 'В.Соколов: Начнём.', kind: 24, location: { uri: DIALOGUE_URI, range: range(1, 0, 1, 18) }, containerName: 'nav-dialogue.transcript' },
      { name: 'В.Соколов: Первый вопрос.', kind: 24, location: { uri: DIALOGUE_URI, range: range(3, 0, 3, 25) }, containerName: 'nav-dialogue.transcript' },
      { name: 'В.Соколов: Да, пожалуйста.', kind: 24, location: { uri: DIALOGUE_URI, range: range(5, 0, 5, 26) }, containerName: 'nav-dialogue.transcript' },
    ]);
  });

  test('a document the server does not hold: empty or null answers, never an error (rename and prepareRename: null)', async () => {
    const textDocument = { uri: UNKNOWN_URI };
    const position = { line: 0, character: 0 };
    const c = client.connection;
    assert.deepEqual(
      {
        documentSymbol: await c.sendRequest(DocumentSymbolRequest.type, { textDocument }),
        foldingRange: await c.sendRequest(FoldingRangeRequest.type, { textDocument }),
        selectionRange: await c.sendRequest(SelectionRangeRequest.type, { textDocument, positions: [position] }),
        documentLink: await c.sendRequest(DocumentLinkRequest.type, { textDocument }),
        documentHighlight: await c.sendRequest(DocumentHighlightRequest.type, { textDocument, position }),
        definition: await c.sendRequest(DefinitionRequest.type, { textDocument, position }),
        references: await c.sendRequest(ReferencesRequest.type, { textDocument, position, context: { includeDeclaration: true } }),
        prepareRename: await c.sendRequest(PrepareRenameRequest.type, { textDocument, position }),
        rename: await c.sendRequest(RenameRequest.type, { textDocument, position, newName: 'В.Владимиров' }),
        completion: await c.sendRequest(CompletionRequest.type, { textDocument, position }),
        turnNavigation: await c.sendRequest('stenogram/turnNavigation', { uri: UNKNOWN_URI, position, direction: 'next' }),
        speakers: await c.sendRequest('stenogram/speakers', { uri: UNKNOWN_URI }),
      },
      {
        documentSymbol: [],
        foldingRange: [],
        selectionRange: [],
        documentLink: [],
        documentHighlight: [],
        definition: null,
        references: [],
        prepareRename: null,
        rename: null,
        completion: [],
        turnNavigation: null,
        speakers: [],
      },
    );
  });
});
