// Statistics over the protocol, asked of the bundled server as VS Code asks: the code lens above the
// first turn (textDocument/codeLens), the numbers behind the statistics view (`stenogram/statistics`,
// with and without the timeline) and the status bar's turn at the cursor (`stenogram/cursorInfo`),
// before and after an incremental edit. Every answer is written out in full.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CodeLensRequest,
  InitializedNotification,
  InitializeRequest,
  type InitializeResult,
  type Position,
  type Range,
} from 'vscode-languageserver-protocol/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { positionOf } from '../helpers/cursor';
import { documentUri, LspTestClient, vscodeInitializeParams } from './client';

const range = (sl: number, sc: number, el: number, ec: number): Range => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });

const MEETING = [
  'Встреча с волонтёрами',
  '',
  '2023-05-02 15:00:00',
  '',
  'Владимир Путин встретился с волонтёрами.',
  'В.Путин: Добрый день, уважаемые друзья!',
  'Вопрос: Можно вопрос?',
  'В.Путин: Да, пожалуйста.',
  '(Смех.)',
  'Е.Корочкина: Спасибо большое.',
  'Мы работаем третий год.',
  '',
].join('\n');
const MEETING_URI = documentUri('statistics-meeting');
const HEADER_ONLY_URI = documentUri('statistics-header-only');
const NEVER_OPENED_URI = documentUri('statistics-never-opened');

const at = (marked: string): Position => positionOf(MEETING, marked);

const PUTIN = { key: 'в.путин', name: 'В.Путин', forms: ['В.Путин'], isRole: false, turns: 2, words: 7, share: 7 / 15, longestTurnWords: 4, speakingSeconds: 4, audience: { laughter: 1, applause: 0 }, firstTurnLine: 5, lastTurnLine: 7 };
const KOROCHKINA = { key: 'е.корочкина', name: 'Е.Корочкина', forms: ['Е.Корочкина'], isRole: false, turns: 1, words: 6, share: 6 / 15, longestTurnWords: 6, speakingSeconds: 3, audience: { laughter: 0, applause: 0 }, firstTurnLine: 9, lastTurnLine: 9 };
const QUESTION = { key: 'вопрос', name: 'Вопрос', forms: ['Вопрос'], isRole: true, turns: 1, words: 2, share: 2 / 15, longestTurnWords: 2, speakingSeconds: 1, audience: { laughter: 0, applause: 0 }, firstTurnLine: 6, lastTurnLine: 6 };

/** The tradition the meeting is read by, detected from its labels (`В.Путин:`), named in English. */
const KREMLIN = { id: 'kremlin', name: 'kremlin.ru', detected: true };

describe('statistics over stdio (locale en)', () => {
  let client: LspTestClient;
  let initialized: InitializeResult;
  let meeting: TextDocument;

  before(async () => {
    client = LspTestClient.start();
    initialized = await client.connection.sendRequest(InitializeRequest.type, vscodeInitializeParams({ locale: 'en' }));
    await client.connection.sendNotification(InitializedNotification.type, {});
    await client.configurationAnswered(1);
    meeting = await client.open(MEETING_URI, MEETING);
    await client.open(HEADER_ONLY_URI, 'Встреча с волонтёрами\n\n2023-05-02 15:00:00\n\nВступительное слово.\n');
  });

  after(async () => {
    await client.dispose();
  });

  test('initialize: code lenses, resolved at once (no codeLens/resolve)', () => {
    assert.deepEqual(initialized.capabilities.codeLensProvider, { resolveProvider: false });
  });

  test('textDocument/codeLens: one lens on the first label, "4 turns · 2 speakers · 15 words", opening the statistics of this URI', async () => {
    assert.deepEqual(await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: MEETING_URI } }), [
      {
        range: range(5, 0, 5, 7),
        command: {
          title: '4 turns · 2 speakers · 15 words',
          tooltip: 'Show the statistics of this transcript',
          command: 'stenogram.showStatistics',
          arguments: [MEETING_URI],
        },
      },
    ]);
  });

  test('textDocument/codeLens on a transcript without turns: none', async () => {
    assert.deepEqual(await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: HEADER_ONLY_URI } }), []);
  });

  test('stenogram/statistics {uri}: the numbers per speaker, most words first, without the timeline', async () => {
    assert.deepEqual(await client.connection.sendRequest('stenogram/statistics', { uri: MEETING_URI }), {
      title: 'Встреча с волонтёрами',
      date: '2023-05-02 15:00:00',
      turns: 4,
      words: 15,
      sections: 0,
      speakers: [PUTIN, KOROCHKINA, QUESTION],
      tradition: KREMLIN,
      speakingTime: { seconds: 8, timedTurns: 0, wordsPerMinute: 120 },
      audience: { laughter: 1, applause: 0 },
    });
  });

  test('stenogram/statistics {uri, timeline: true}: also the document’s lines and one mark per turn, coloured by the speaker’s row', async () => {
    assert.deepEqual(await client.connection.sendRequest('stenogram/statistics', { uri: MEETING_URI, timeline: true }), {
      title: 'Встреча с волонтёрами',
      date: '2023-05-02 15:00:00',
      turns: 4,
      words: 15,
      sections: 0,
      speakers: [PUTIN, KOROCHKINA, QUESTION],
      tradition: KREMLIN,
      speakingTime: { seconds: 8, timedTurns: 0, wordsPerMinute: 120 },
      audience: { laughter: 1, applause: 0 },
      lines: 12,
      timeline: [
        { line: 5, endLine: 5, speakerIndex: 0, words: 4 },
        { line: 6, endLine: 6, speakerIndex: 2, words: 2 },
        { line: 7, endLine: 8, speakerIndex: 0, words: 3 },
        { line: 9, endLine: 10, speakerIndex: 1, words: 6 },
      ],
    });
  });

  test('stenogram/cursorInfo {uri, position}: the turn under or before the cursor, its speaker, the speaking time', async () => {
    const info = (position: Position) => client.connection.sendRequest('stenogram/cursorInfo', { uri: MEETING_URI, position });
    const totals = { turns: 4, words: 15, speakingMinutes: 0, wordsPerMinute: 120, timedTurns: 0, tradition: KREMLIN };
    assert.deepEqual(await info(at('Встреча с |волонтёрами')), { turn: null, speaker: null, ...totals });
    assert.deepEqual(await info(at('В.Пу|тин: Добрый')), { turn: 1, speaker: 'В.Путин', ...totals });
    assert.deepEqual(await info(at('Можно вопрос?|')), { turn: 2, speaker: 'Вопрос', ...totals });
    assert.deepEqual(await info(at('(Смех.|)')), { turn: 3, speaker: 'В.Путин', ...totals });
    assert.deepEqual(await info(at('|Мы работаем')), { turn: 4, speaker: 'Е.Корочкина', ...totals });
    assert.deepEqual(await info({ line: 11, character: 0 }), { turn: 4, speaker: 'Е.Корочкина', ...totals });
  });

  // Е.Корочкина now has 7 words, as В.Путин has: the tie goes to who spoke first, so her row is first.
  test('after an incremental edit (a new first turn), the lens, the statistics and the cursor info are of the new text', async () => {
    meeting = await client.change(meeting, [{ range: range(5, 0, 5, 0), text: 'Е.Корочкина: Здравствуйте!\n' }]);
    assert.deepEqual(await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: MEETING_URI } }), [
      {
        range: range(5, 0, 5, 11),
        command: {
          title: '5 turns · 2 speakers · 16 words',
          tooltip: 'Show the statistics of this transcript',
          command: 'stenogram.showStatistics',
          arguments: [MEETING_URI],
        },
      },
    ]);
    const stats = (await client.connection.sendRequest('stenogram/statistics', { uri: MEETING_URI, timeline: true })) as {
      turns: number;
      lines: number;
      timeline: unknown[];
    };
    assert.deepEqual([stats.turns, stats.lines, stats.timeline[0]], [5, 13, { line: 5, endLine: 5, speakerIndex: 0, words: 1 }]);
    assert.deepEqual(await client.connection.sendRequest('stenogram/cursorInfo', { uri: MEETING_URI, position: { line: 6, character: 3 } }), {
      turn: 2,
      turns: 5,
      speaker: 'В.Путин',
      words: 16,
      speakingMinutes: 0,
      wordsPerMinute: 120,
      timedTurns: 0,
      tradition: KREMLIN,
    });
  });

  test('a document the server does not have: no lens, null statistics and cursor info, nothing logged as an error', async () => {
    assert.deepEqual(await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: NEVER_OPENED_URI } }), []);
    assert.equal(await client.connection.sendRequest('stenogram/statistics', { uri: NEVER_OPENED_URI, timeline: true }), null);
    assert.equal(await client.connection.sendRequest('stenogram/cursorInfo', { uri: NEVER_OPENED_URI, position: { line: 0, character: 0 } }), null);
    assert.deepEqual(client.loggedErrors, []);
    assert.ok(client.running);
  });
});

describe('statistics over stdio (locale ru)', () => {
  let client: LspTestClient;

  before(async () => {
    client = await LspTestClient.initialized({ locale: 'ru' });
    await client.open(MEETING_URI, MEETING);
  });

  after(async () => {
    await client.dispose();
  });

  test('the code lens in Russian, each count agreeing with its word', async () => {
    assert.deepEqual(await client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: MEETING_URI } }), [
      {
        range: range(5, 0, 5, 7),
        command: {
          title: '4 реплики · 2 спикера · 15 слов',
          tooltip: 'Показать статистику стенограммы',
          command: 'stenogram.showStatistics',
          arguments: [MEETING_URI],
        },
      },
    ]);
  });
});
