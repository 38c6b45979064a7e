// documentSymbols: the Outline — header, lead, `* * *` sections with their turns, turns at the top
// level when no separator stands above them.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { documentSymbols } from '../../server/src/features';
import { parseTranscript } from '../../server/src/transcript';
import { readFixture } from '../helpers/fixtures';
import { symbolLines } from '../helpers/symbols';

const range = (sl: number, sc: number, el: number, ec: number) => ({ start: { line: sl, character: sc }, end: { line: el, character: ec } });

/** The outline of small-outline.transcript, as the server sends it. */
const SMALL_OUTLINE_SYMBOLS: DocumentSymbol[] = [
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

describe('documentSymbols', () => {
  test('small-outline.transcript: header, lead, a headed section with three turns (full DocumentSymbol objects)', () => {
    assert.deepEqual(documentSymbols(parseTranscript(readFixture('small-outline.transcript'))), SMALL_OUTLINE_SYMBOLS);
  });

  test('sections.transcript in Russian: headed sections, and `* * * (Раздел)` for one with no heading', () => {
    assert.deepEqual(symbolLines(documentSymbols(parseTranscript(readFixture('sections.transcript')), 'ru')), [
      'File Рабочая поездка в Приозерский район — 2022-09-15 10:30:00 · Приозерск [0:0-4:9] sel [0:0-0:35]',
      'String Вводная часть — Губернатор осмотрела строящуюся школу. [6:0-7:51] sel [6:0-6:38]',
      'Namespace Осмотр строящейся школы — 2 реплики [8:0-11:31] sel [9:0-9:23]',
      '  Event И.Лебедь: Когда планируете закончить? [10:0-10:37] sel [10:0-10:8]',
      '  Event Р.Мансуров: К первому сентября. [11:0-11:31] sel [11:0-11:10]',
      'Namespace Совещание о ходе строительства — 1 реплика [12:0-15:25] sel [13:0-13:30]',
      '  Event И.Лебедь: Давайте начнём. [15:0-15:25] sel [15:0-15:8]',
      'Namespace * * * (Раздел) — 1 реплика [16:0-17:32] sel [16:0-16:7]',
      '  Event Р.Мансуров: Спасибо за внимание. [17:0-17:32] sel [17:0-17:10]',
    ]);
  });

  test('only-turns.transcript: turns with no separator above them stand at the top level', () => {
    assert.deepEqual(symbolLines(documentSymbols(parseTranscript(readFixture('only-turns.transcript')))), [
      'Event В.Соколов: Начнём с коротких сообщений. [0:0-1:28] sel [0:0-0:9]',
      'Event Н.Абдуллаев: По дорогам у меня три пункта. [2:0-6:35] sel [2:0-2:11]',
      'Event В.Соколов: Хорошо, спасибо. [7:0-7:27] sel [7:0-7:9]',
    ]);
  });

  test('no-date.transcript: a title alone has no detail', () => {
    assert.deepEqual(symbolLines(documentSymbols(parseTranscript(readFixture('no-date.transcript')))), [
      'File Совещание по вопросам развития малых городов [0:0-0:44] sel [0:0-0:44]',
      'String Вводная часть — В совещании приняли участие главы муниципальных районов. [2:0-2:56] sel [2:0-2:56]',
      'Namespace * * * (Раздел) — 2 turns [4:0-6:48] sel [4:0-4:5]',
      '  Event В.Соколов: Коллеги, добрый день. [5:0-5:32] sel [5:0-5:9]',
      '  Event К.Лаптева: Добрый день. Начну с Озёрного района. [6:0-6:48] sel [6:0-6:9]',
    ]);
  });

  test('the names of the transcript’s parts follow its language, the details the UI’s: an English transcript in a Russian UI', () => {
    const text = ['Briefing', '', 'The minister met the press.', '* * *', 'Anna Hale: Good morning.', 'Peter Lund: Thanks.', ''].join('\n');
    assert.deepEqual(symbolLines(documentSymbols(parseTranscript(text), 'ru')), [
      'File Briefing [0:0-0:8] sel [0:0-0:8]',
      'String Lead — The minister met the press. [2:0-2:27] sel [2:0-2:27]',
      'Namespace * * * (Section) — 2 реплики [3:0-5:19] sel [3:0-3:5]',
      '  Event Anna Hale: Good morning. [4:0-4:24] sel [4:0-4:9]',
      '  Event Peter Lund: Thanks. [5:0-5:19] sel [5:0-5:10]',
    ]);
  });

  test('turn details: cut at a word before 60 characters, the first paragraph when the label line has no text', () => {
    const text = [
      'В.Соколов: Это очень длинная реплика, в которой больше шестидесяти знаков, и её надо сократить.',
      'Н.Абдуллаев:',
      'Продолжение без текста на строке метки.',
      'Р.Мансуров: Оченьдлинноесловобезпробеловкотороенельзяразрезатьпопробелупотомучтоихнет.',
    ].join('\n');
    assert.deepEqual(symbolLines(documentSymbols(parseTranscript(text))), [
      'Event В.Соколов: Это очень длинная реплика, в которой больше шестидесяти… [0:0-0:95] sel [0:0-0:9]',
      'Event Н.Абдуллаев: Продолжение без текста на строке метки. [1:0-2:39] sel [1:0-1:11]',
      'Event Р.Мансуров: Оченьдлинноесловобезпробеловкотороенельзяразрезатьпопробелуп… [3:0-3:86] sel [3:0-3:10]',
    ]);
  });

  test('empty.transcript: no symbols', () => {
    assert.deepEqual(documentSymbols(parseTranscript(readFixture('empty.transcript'))), []);
  });

  test('a turn with a time in the recording: the time, without its brackets, before the first words', () => {
    const text = ['[00:01:23] Anna Lee: Hello there, everyone.', '[00:01:30] Bob Stone:', 'A paragraph of its own.', 'Anna Lee: Shall we begin?', ''].join('\n');
    assert.deepEqual(symbolLines(documentSymbols(parseTranscript(text))), [
      'Event Anna Lee: Hello there, everyone. — 00:01:23 [0:0-0:43] sel [0:11-0:19]',
      'Event Bob Stone: A paragraph of its own. — 00:01:30 [1:0-2:23] sel [1:11-1:20]',
      'Event Anna Lee: Shall we begin? [3:0-3:25] sel [3:0-3:8]',
    ]);
  });

  test('a label alone on its line with the time after it (`Anna Lee  0:01`): the time as written', () => {
    const text = ['Anna Lee  0:01', 'Hello there.', '', 'Bob Stone  0:05', 'Hi.', ''].join('\n');
    assert.deepEqual(symbolLines(documentSymbols(parseTranscript(text))), [
      'Event Anna Lee: Hello there. — 0:01 [0:0-1:12] sel [0:0-0:8]',
      'Event Bob Stone: Hi. — 0:05 [3:0-4:3] sel [3:0-3:9]',
    ]);
  });
});

describe('14. bidirectional controls in the outline', () => {
  test('a right-to-left override in the title, a heading and a turn’s text shows as \\u202e; exact on request', () => {
    const text = 'Заседание \u202eлесонаК\n\n2020-01-15 10:00:00\n\nЛид.\n* * *\nРаздел \u2067изоляция\u2069\nБ.Орлов: Здравствуйте \u202eакватс\u202c.\n';
    const transcript = parseTranscript(text);
    assert.deepEqual(symbolLines(documentSymbols(transcript, 'en')), [
      'File Заседание \\u202eлесонаК — 2020-01-15 10:00:00 [0:0-2:19] sel [0:0-0:18]',
      'String Вводная часть — Лид. [4:0-4:4] sel [4:0-4:4]',
      'Namespace Раздел \\u2067изоляция\\u2069 — 1 turn [5:0-7:31] sel [6:0-6:17]',
      '  Event Б.Орлов: Здравствуйте \\u202eакватс\\u202c. [7:0-7:31] sel [7:0-7:7]',
    ]);
    assert.equal(documentSymbols(transcript, 'en', false)[0].name, 'Заседание \u202eлесонаК');
  });
});
