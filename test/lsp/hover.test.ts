// textDocument/hover over the protocol: the bundled server (`node dist/server.js --stdio`) spoken to
// as VS Code speaks to it, in an English and a Russian client (`initialize.locale`). Each answer is
// compared in full: contents (kind and markdown) and range.
//
// hover-meeting.transcript (zero-based lines): 0 title, 2 `2017-12-27 12:40:00`, 6–9 lead, 14
// `В.Путин: … [в Москве].`, 17 `Т.Алиев: … (Аплодисменты.)`, 25 `А.Р.Мансуров: … <…> …`, 45 the
// kremlin.ru `copy` URL. See test/unit/hover.test.ts for the whole layout.
//
// test/fixtures/register-workspace/ is a workspace folder: council.transcript and its
// stenogram.speakers.json, which names К.Морозов (the lead names only Н.Громов):
//   4 Заседание провёл председатель совета Николай Громов.
//   6 Н.Громов: Коллеги, начнём с расписания.
//   8 К.Морозов: Документы готовы, расписание согласовано.
//  10 Н.Громов: Спасибо.
// The tests that change the register work in a temporary copy of that folder.
//
// The server has no way to be told "now", so the "how long ago" line of a date hover is derived
// here from the clock (whole years of 365.25 days, as the hover counts). The register is read in
// the background after `initialized` and again after didChangeWatchedFiles, so those tests ask for
// the hover until it shows the register (a guard fails them if it never does); nothing is timed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DidChangeWatchedFilesNotification,
  FileChangeType,
  HoverRequest,
  InitializeRequest,
  MarkupKind,
  type Hover,
  type Position,
} from 'vscode-languageserver-protocol/node';
import { positionOf } from '../helpers/cursor';
import { fixturePath, readFixture } from '../helpers/fixtures';
import { documentUri, LspTestClient, vscodeInitializeParams } from './client';

const NB = '\u00A0';
/** A guard against a server that never answers as expected; not a measure. */
const GUARD_MS = 30_000;

const MEETING = readFixture('hover-meeting.transcript');
const MEETING_URI = documentUri('hover-meeting');
const REGISTER_FOLDER = fixturePath('register-workspace');
const COUNCIL = 'council.transcript';
const REGISTER_FILE = 'stenogram.speakers.json';

function range(sl: number, sc: number, el: number, ec: number) {
  return { start: { line: sl, character: sc }, end: { line: el, character: ec } };
}

function markdown(value: string[], r: ReturnType<typeof range>): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: value.join('\n') }, range: r };
}

function hoverAt(client: LspTestClient, uri: string, position: Position): Promise<Hover | null> {
  return client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
}

/** Whole years between `iso` and now, as the hover counts them (a year of 365.25 days). */
function yearsSince(iso: string): number {
  return Math.trunc((Date.now() - Date.parse(iso)) / (365.25 * 86_400_000));
}

/** "8 years ago" / "8 лет назад", written out for the counts a test can meet. */
function yearsAgo(years: number, locale: 'en' | 'ru'): string {
  if (locale === 'en') return years === 1 ? 'last year' : `${years} years ago`;
  if (years === 1) return 'в прошлом году';
  const word = years % 10 === 1 && years % 100 !== 11 ? 'год' : [2, 3, 4].includes(years % 10) && ![12, 13, 14].includes(years % 100) ? 'года' : 'лет';
  return `${years} ${word} назад`;
}

/** The date hover and the whole years since `iso` when it was answered (asked again if a year turned meanwhile). */
async function dateHover(client: LspTestClient, uri: string, position: Position, iso: string): Promise<{ hover: Hover | null; years: number }> {
  for (;;) {
    const before = yearsSince(iso);
    const hover = await hoverAt(client, uri, position);
    if (yearsSince(iso) === before) return { hover, years: before };
  }
}

/** Ask for the hover until `done` holds for it, and return it; fail after GUARD_MS. */
async function hoverWhen(client: LspTestClient, uri: string, position: Position, done: (h: Hover | null) => boolean, what: string): Promise<Hover | null> {
  const giveUp = Date.now() + GUARD_MS;
  for (;;) {
    const hover = await hoverAt(client, uri, position);
    if (done(hover)) return hover;
    if (Date.now() > giveUp) throw new Error(`the hover never showed ${what}; last answer: ${JSON.stringify(hover)}\n${client.serverStderr}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const valueOf = (h: Hover | null) => (h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '');

/**
 * A client started as VS Code starts one on a folder: `workspaceFolders` and `rootUri` set, and the
 * capability to register file watchers (the server asks to watch stenogram.speakers.json).
 */
function startInFolder(folder: string, locale: string): Promise<LspTestClient> {
  return LspTestClient.initialized({ locale, folders: [pathToFileURL(folder).href], watchFiles: true });
}

for (const locale of ['en', 'ru'] as const) {
  describe(`hover over the protocol, ${locale === 'en' ? 'English' : 'Russian'} client`, () => {
    let client: LspTestClient;
    before(async () => {
      client = await LspTestClient.initialized({ locale });
      await client.open(MEETING_URI, MEETING);
    });
    after(() => client.dispose());

    const t = <T>(en: T, ru: T): T => (locale === 'en' ? en : ru);

    test('initialize announces a hover provider', async () => {
      const probe = LspTestClient.start();
      try {
        const result = await probe.connection.sendRequest(InitializeRequest.type, vscodeInitializeParams({ locale }));
        assert.equal(result.capabilities.hoverProvider, true);
      } finally {
        await probe.dispose();
      }
    });

    test('on a speaker label: who, numbers, first and last turn as links to this document, the other form', async () => {
      assert.deepEqual(
        await hoverAt(client, MEETING_URI, positionOf(MEETING, 'В.Пу|тин: Уважаемый')),
        markdown(
          [
            '**В\\.Путин** — Владимир Путин',
            '',
            t('*as the lead names them*', '*как указано во вводной части*'),
            '',
            t('3 turns · 17 words · 37% of the words', `3 реплики · 17 слов · 37${NB}% всех слов`),
            '',
            t(
              `First turn: [line 15](${MEETING_URI}#L15) · last turn: [line 34](${MEETING_URI}#L34)`,
              `Первая реплика: [строка 15](${MEETING_URI}#L15) · последняя: [строка 34](${MEETING_URI}#L34)`,
            ),
            '',
            t('Also written: В\\. Путин', 'Также записан как: В\\. Путин'),
          ],
          range(14, 0, 14, 7),
        ),
      );
    });

    test('on a label whose role and name the lead gives in the instrumental', async () => {
      assert.deepEqual(
        await hoverAt(client, MEETING_URI, positionOf(MEETING, 'Т.Алиев|: Спасибо')),
        markdown(
          [
            '**Т\\.Алиев** — Президент Республики Озёрия Тимур Алиев',
            '',
            t('*as the lead names them*', '*как указано во вводной части*'),
            '',
            t('2 turns · 5 words · 10.9% of the words', `2 реплики · 5 слов · 10,9${NB}% всех слов`),
            '',
            t(
              `First turn: [line 18](${MEETING_URI}#L18) · last turn: [line 38](${MEETING_URI}#L38)`,
              `Первая реплика: [строка 18](${MEETING_URI}#L18) · последняя: [строка 38](${MEETING_URI}#L38)`,
            ),
          ],
          range(17, 0, 17, 7),
        ),
      );
    });

    test('on the date line: weekday, date and time in the transcript’s language (Russian), how long ago in the display language', async () => {
      const { hover, years } = await dateHover(client, MEETING_URI, positionOf(MEETING, '2017-12-27 |12:40'), '2017-12-27T12:40:00Z');
      assert.deepEqual(
        hover,
        markdown(['**среда, 27 декабря 2017 г., 12:40**', '', yearsAgo(years, locale)], range(2, 0, 2, 19)),
      );
    });

    test('on the title: turns, speakers, words, sections, speaking time', async () => {
      assert.deepEqual(
        await hoverAt(client, MEETING_URI, positionOf(MEETING, '|Встреча с Президентом')),
        markdown(
          [
            '**Встреча с Президентом Республики Озёрия Тимуром Алиевым**',
            '',
            t('14 turns · 6 speakers · 46 words · 2 sections', '14 реплик · 6 спикеров · 46 слов · 2 раздела'),
            '',
            t('Speaking time: about 0 min (at 120 words a minute)', 'Время выступлений: около 0 мин (при 120 словах в минуту)'),
          ],
          range(0, 0, 0, 55),
        ),
      );
    });

    test('on the source URL: site, language version, document id, print version', async () => {
      assert.deepEqual(
        await hoverAt(client, MEETING_URI, positionOf(MEETING, 'http://kremlin.ru/events/president/news/copy/56509|')),
        markdown(
          t(
            ['Site: kremlin\\.ru', '', 'Language version: Russian', '', 'Document id: 56509', '', 'The print (“copy”) version'],
            ['Сайт: kremlin\\.ru', '', 'Языковая версия: русская', '', 'Номер документа: 56509', '', 'Версия для печати («copy»)'],
          ),
          range(45, 0, 45, 50),
        ),
      );
    });

    test('on editorial marks: an insertion, a remark, an omission', async () => {
      assert.deepEqual(
        await hoverAt(client, MEETING_URI, positionOf(MEETING, '[|в Москве]')),
        markdown(
          [t('`[в Москве]` — the editor’s insertion: words added for clarity, not said by the speaker.', '`[в Москве]` — вставка редактора: слова, добавленные для ясности, которых спикер не произносил.')],
          range(14, 49, 14, 59),
        ),
      );
      assert.deepEqual(
        await hoverAt(client, MEETING_URI, positionOf(MEETING, '(Аплодисменты.|)')),
        markdown(
          [t('`(Аплодисменты.)` — a remark: what happened in the room (laughter, applause, a gesture), not speech.', '`(Аплодисменты.)` — ремарка: что происходило в зале (смех, аплодисменты, жест), а не речь.')],
          range(17, 41, 17, 56),
        ),
      );
      assert.deepEqual(
        await hoverAt(client, MEETING_URI, positionOf(MEETING, '<…|>')),
        markdown([t('`<…>` — an omission: a passage left out of the published text.', '`<…>` — пропуск: часть текста, не вошедшая в публикацию.')], range(25, 33, 25, 36)),
      );
    });

    test('on plain text: null', async () => {
      assert.equal(await hoverAt(client, MEETING_URI, positionOf(MEETING, 'Надеюсь, пере|говоры')), null);
    });

    test('a document that was never opened: null, and nothing logged as an error', async () => {
      assert.equal(await hoverAt(client, documentUri('never-opened'), { line: 0, character: 0 }), null);
      assert.deepEqual(client.loggedErrors, []);
    });

    test('positions beyond the document: null, no error, the server still answers', async () => {
      const lastLine = MEETING.split('\n').length - 1;
      for (const position of [
        { line: lastLine + 1, character: 0 },
        { line: 999, character: 999 },
        { line: 14, character: 999 },
        { line: 2, character: 500 },
        { line: 45, character: 51 },
      ]) {
        assert.equal(await hoverAt(client, MEETING_URI, position), null, JSON.stringify(position));
      }
      assert.deepEqual(client.loggedErrors, []);
      assert.ok(client.running);
      assert.notEqual(await hoverAt(client, MEETING_URI, positionOf(MEETING, 'В.Пу|тин: Уважаемый')), null);
    });
  });
}

// The server keeps who each speaker is per document version and through edits spliced into the
// turns: after such edits every hover equals the hover of the same text opened afresh.
describe('hover after edits inside turns', () => {
  let client: LspTestClient;
  before(async () => {
    client = await LspTestClient.initialized({ locale: 'en' });
  });
  after(() => client.dispose());

  test('on every label and lead mention, the same answer as for the edited text opened afresh', async () => {
    const uri = documentUri('hover-edited');
    let document = await client.open(uri, MEETING);
    // Asked once before the edits, so that what the server keeps is what the edits must update.
    const before = await hoverAt(client, uri, positionOf(MEETING, 'В.Пу|тин: Уважаемый'));
    assert.match(valueOf(before), /3 turns · 17 words/);
    // A paragraph added to a turn (the lines after it move), words typed into two others.
    const at = (marked: string) => {
      const p = positionOf(document.getText(), marked);
      return { start: p, end: p };
    };
    document = await client.change(document, [{ range: at('|Надеюсь, переговоры'), text: 'Ещё один абзац из шести слов.\n' }]);
    document = await client.change(document, [{ range: at('Т.Алиев: Спасибо|,'), text: ' большое' }]);
    document = await client.change(document, [{ range: at('В. Путин: Пожалуйста|.'), text: ', конечно' }]);
    const text = document.getText();
    const fresh = documentUri('hover-edited-fresh');
    await client.open(fresh, text);
    const positions: Position[] = [];
    text.split('\n').forEach((line, n) => {
      if (/^[А-ЯЁA-Z][^:]{0,40}:/.test(line)) positions.push({ line: n, character: 1 });
    });
    positions.push(positionOf(text, 'Владими|ра Путина'), positionOf(text, 'Тимуро|м Алиевым.'));
    assert.ok(positions.length > 14, 'every label and two lead mentions');
    for (const position of positions) {
      const edited = await hoverAt(client, uri, position);
      const afresh = await hoverAt(client, fresh, position);
      assert.notEqual(edited, null, JSON.stringify(position));
      assert.deepEqual(JSON.parse(JSON.stringify(edited).replaceAll(uri, fresh)), afresh, JSON.stringify(position));
    }
    assert.match(valueOf(await hoverAt(client, uri, positionOf(text, 'В.Пу|тин: Уважаемый'))), /3 turns · 24 words/);
  });
});

describe('hover with stenogram.speakers.json in the workspace folder', () => {
  for (const locale of ['en', 'ru'] as const) {
    test(`the label hover says who К.Морозов is from the register (${locale})`, async () => {
      const client = await startInFolder(REGISTER_FOLDER, locale);
      try {
        const uri = pathToFileURL(join(REGISTER_FOLDER, COUNCIL)).href;
        const text = readFixture(join('register-workspace', COUNCIL));
        await client.open(uri, text);
        const at = positionOf(text, 'К.Мор|озов:');
        const hover = await hoverWhen(client, uri, at, (h) => valueOf(h).includes('stenogram.speakers.json*'), 'the register’s entry');
        assert.deepEqual(
          hover,
          markdown(
            locale === 'en'
              ? ['**К\\.Морозов** — министр транспорта Кирилл Морозов', '', '*from stenogram.speakers.json*', '', '1 turn · 4 words · 44.4% of the words', '', `Only turn: [line 9](${uri}#L9)`]
              : ['**К\\.Морозов** — министр транспорта Кирилл Морозов', '', '*из stenogram.speakers.json*', '', `1 реплика · 4 слова · 44,4${NB}% всех слов`, '', `Единственная реплика: [строка 9](${uri}#L9)`],
            range(8, 0, 8, 9),
          ),
        );
        // The lead still names the speaker the register does not.
        assert.deepEqual(
          await hoverAt(client, uri, positionOf(text, 'Н.Гро|мов: Коллеги')),
          markdown(
            locale === 'en'
              ? [
                  '**Н\\.Громов** — председатель совета Николай Громов',
                  '',
                  '*as the lead names them*',
                  '',
                  '2 turns · 5 words · 55.6% of the words',
                  '',
                  `First turn: [line 7](${uri}#L7) · last turn: [line 11](${uri}#L11)`,
                ]
              : [
                  '**Н\\.Громов** — председатель совета Николай Громов',
                  '',
                  '*как указано во вводной части*',
                  '',
                  `2 реплики · 5 слов · 55,6${NB}% всех слов`,
                  '',
                  `Первая реплика: [строка 7](${uri}#L7) · последняя: [строка 11](${uri}#L11)`,
                ],
            range(6, 0, 6, 8),
          ),
        );
      } finally {
        await client.dispose();
      }
    });
  }

  describe('the register file changed or deleted on disk, then didChangeWatchedFiles', () => {
    let folder: string;
    let client: LspTestClient;
    let uri: string;
    let registerUri: string;
    let text: string;
    let at: Position;

    before(async () => {
      folder = join(mkdtempSync(join(tmpdir(), 'stenogram-hover-')), 'register-workspace');
      cpSync(REGISTER_FOLDER, folder, { recursive: true });
      client = await startInFolder(folder, 'en');
      uri = pathToFileURL(join(folder, COUNCIL)).href;
      registerUri = pathToFileURL(join(folder, REGISTER_FILE)).href;
      text = readFixture(join('register-workspace', COUNCIL));
      at = positionOf(text, 'К.Мор|озов:');
      await client.open(uri, text);
      await hoverWhen(client, uri, at, (h) => valueOf(h).includes('Кирилл Морозов'), 'the register’s first entry');
    });
    after(async () => {
      await client.dispose();
      rmSync(join(folder, '..'), { recursive: true, force: true });
    });

    test('the server asks to watch stenogram.speakers.json', async () => {
      const giveUp = Date.now() + GUARD_MS;
      while (!client.registrations.some((r) => r.method === DidChangeWatchedFilesNotification.method)) {
        if (Date.now() > giveUp) throw new Error(`no watcher registered: ${JSON.stringify(client.registrations)}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      const watchers = client.registrations
        .filter((r) => r.method === DidChangeWatchedFilesNotification.method)
        .flatMap((r) => (r.registerOptions as { watchers: { globPattern: unknown }[] }).watchers.map((w) => w.globPattern));
      assert.ok(watchers.includes(`**/${REGISTER_FILE}`), JSON.stringify(watchers));
    });

    test('a changed entry: the hover shows the new one', async () => {
      writeFileSync(
        join(folder, REGISTER_FILE),
        JSON.stringify({ 'К.Морозов': { name: 'Кирилл Андреевич Морозов', role: 'первый заместитель министра транспорта' } }, null, 2),
      );
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: registerUri, type: FileChangeType.Changed }] });
      const hover = await hoverWhen(client, uri, at, (h) => valueOf(h).includes('Андреевич'), 'the changed entry');
      assert.deepEqual(
        hover,
        markdown(
          [
            '**К\\.Морозов** — первый заместитель министра транспорта Кирилл Андреевич Морозов',
            '',
            '*from stenogram.speakers.json*',
            '',
            '1 turn · 4 words · 44.4% of the words',
            '',
            `Only turn: [line 9](${uri}#L9)`,
          ],
          range(8, 0, 8, 9),
        ),
      );
    });

    test('an entry for a speaker the lead already names: the register wins', async () => {
      writeFileSync(
        join(folder, REGISTER_FILE),
        JSON.stringify({ 'К.Морозов': { name: 'Кирилл Андреевич Морозов' }, 'Громов Н.': { name: 'Николай Громов', role: 'губернатор' } }, null, 2),
      );
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: registerUri, type: FileChangeType.Changed }] });
      const gromov = positionOf(text, 'Н.Гро|мов: Коллеги');
      const hover = await hoverWhen(client, uri, gromov, (h) => valueOf(h).includes('губернатор'), 'Громов’s entry');
      assert.deepEqual(
        hover,
        markdown(
          [
            '**Н\\.Громов** — губернатор Николай Громов',
            '',
            '*from stenogram.speakers.json*',
            '',
            '2 turns · 5 words · 55.6% of the words',
            '',
            `First turn: [line 7](${uri}#L7) · last turn: [line 11](${uri}#L11)`,
          ],
          range(6, 0, 6, 8),
        ),
      );
    });

    test('the register deleted: the hover says plainly that nobody says who К.Морозов is', async () => {
      unlinkSync(join(folder, REGISTER_FILE));
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: registerUri, type: FileChangeType.Deleted }] });
      const hover = await hoverWhen(client, uri, at, (h) => !valueOf(h).includes('stenogram.speakers.json*'), 'the entry gone');
      assert.deepEqual(
        hover,
        markdown(
          [
            '**К\\.Морозов**',
            '',
            '*Neither the lead nor stenogram.speakers.json says who this is.*',
            '',
            '1 turn · 4 words · 44.4% of the words',
            '',
            `Only turn: [line 9](${uri}#L9)`,
          ],
          range(8, 0, 8, 9),
        ),
      );
      assert.deepEqual(client.loggedErrors, []);
    });
  });
});
