// parseTranscript over whole fixtures: header, lead, sections, turns, source, line endings.
// Each fixture is named after what it shows; the expected model is written out in full
// (ranges as `line:col-line:col`, zero-based, UTF-16 columns; spans as `range text`).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTranscript } from '../../server/src/transcript';
import { readFixture } from '../helpers/fixtures';
import { transcriptView, type TranscriptView } from '../helpers/view';

const NB = '\u00A0';

const SMALL_OUTLINE: TranscriptView = {
  eol: '\n',
  hasBom: false,
  lines: 16,
  header: {
    title: '0:0-0:29 Совещание по вопросам паводка',
    date: { span: '2:0-2:19 2023-04-11 09:00:00', value: '2023-04-11T09:00:00.000Z' },
    place: '4:0-4:6 Озёрск',
  },
  lead: ['6:0-6:52 Губернатор провела совещание о подготовке к паводку.'],
  sections: [{ paragraphs: [], turns: [0, 1, 2], range: '7:0-12:18', separator: '7:0-7:5', heading: '8:0-8:21 Стенограмма совещания' }],
  turns: [
    {
      line: 9,
      label: 'И.Лебедь',
      name: 'И.Лебедь',
      key: 'и.лебедь',
      form: 'initials',
      text: '9:10-9:30 Доброе утро. Начнём.',
      paragraphs: [],
      endLine: 9,
      section: 0,
      words: 3,
    },
    {
      line: 10,
      label: 'Р.Мансуров',
      name: 'Р.Мансуров',
      key: 'р.мансуров',
      form: 'initials',
      text: '10:12-10:25 Дамбы готовы.',
      paragraphs: ['11:0-11:16 Насосы завезены.'],
      endLine: 11,
      section: 0,
      words: 4,
    },
    {
      line: 12,
      label: 'И.Лебедь',
      name: 'И.Лебедь',
      key: 'и.лебедь',
      form: 'initials',
      text: '12:10-12:18 Спасибо.',
      paragraphs: [],
      endLine: 12,
      section: 0,
      words: 1,
    },
  ],
  marks: [],
  unclosedMarks: [],
  source: { url: 'http://example.org/events/news/copy/5501', range: '14:0-14:40', host: 'example.org', documentId: '5501' },
  speakers: {
    'и.лебедь': { displayName: 'И.Лебедь', forms: ['И.Лебедь ×2'], isRole: false, turns: [0, 2], words: 4 },
    'р.мансуров': { displayName: 'Р.Мансуров', forms: ['Р.Мансуров ×1'], isRole: false, turns: [1], words: 4 },
  },
  words: 8,
};

function parseFixture(name: string): TranscriptView {
  return transcriptView(parseTranscript(readFixture(name)));
}

describe('parseTranscript: layout', () => {
  test('empty.transcript (0 bytes) is one empty line and nothing else', () => {
    assert.equal(readFixture('empty.transcript'), '');
    assert.deepEqual(parseFixture('empty.transcript'), {
      eol: '\n',
      hasBom: false,
      lines: 1,
      header: {},
      lead: [],
      sections: [],
      turns: [],
      marks: [],
      unclosedMarks: [],
      source: undefined,
      speakers: {},
      words: 0,
    });
  });

  test('a text of blank lines (spaces, a tab, a no-break space) has no parts', () => {
    const view = transcriptView(parseTranscript(`   \n\t\n${NB}\n`));
    assert.deepEqual(
      { header: view.header, lead: view.lead, sections: view.sections, turns: view.turns, source: view.source },
      { header: {}, lead: [], sections: [], turns: [], source: undefined },
    );
  });

  test('only-turns.transcript: a fragment of bare turns, a blank line inside a turn', () => {
    assert.deepEqual(parseFixture('only-turns.transcript'), {
      eol: '\n',
      hasBom: false,
      lines: 9,
      header: {},
      lead: [],
      sections: [{ paragraphs: [], turns: [0, 1, 2], range: '0:0-7:27' }],
      turns: [
        {
          line: 0,
          label: 'В.Соколов',
          name: 'В.Соколов',
          key: 'в.соколов',
          form: 'initials',
          text: '0:11-0:39 Начнём с коротких сообщений.',
          paragraphs: ['1:0-1:28 Прошу всех говорить по делу.'],
          endLine: 1,
          section: 0,
          words: 9,
        },
        {
          line: 2,
          label: 'Н.Абдуллаев',
          name: 'Н.Абдуллаев',
          key: 'н.абдуллаев',
          form: 'initials',
          text: '2:13-2:42 По дорогам у меня три пункта.',
          paragraphs: ['3:0-3:27 Первый – мост через Сельгу.', '4:0-4:26 Второй – объездная дорога.', '6:0-6:35 И третий – зимнее содержание трасс.'],
          endLine: 6,
          section: 0,
          words: 18,
        },
        {
          line: 7,
          label: 'В.Соколов',
          name: 'В.Соколов',
          key: 'в.соколов',
          form: 'initials',
          text: '7:11-7:27 Хорошо, спасибо.',
          paragraphs: [],
          endLine: 7,
          section: 0,
          words: 2,
        },
      ],
      marks: [],
      unclosedMarks: [],
      source: undefined,
      speakers: {
        'в.соколов': { displayName: 'В.Соколов', forms: ['В.Соколов ×2'], isRole: false, turns: [0, 2], words: 11 },
        'н.абдуллаев': { displayName: 'Н.Абдуллаев', forms: ['Н.Абдуллаев ×1'], isRole: false, turns: [1], words: 18 },
      },
      words: 29,
    });
  });

  test('small-outline.transcript: title, date, place, lead, `* * *` with heading, turns, source URL', () => {
    assert.deepEqual(parseFixture('small-outline.transcript'), SMALL_OUTLINE);
  });

  test('crlf.transcript: CRLF line endings give the same model as LF, with eol \\r\\n', () => {
    const text = readFixture('crlf.transcript');
    assert.equal(text.split('\r\n').length, 16, 'the fixture is stored with CRLF');
    assert.ok(!/[^\r]\n/.test(text), 'every LF of the fixture follows a CR');
    assert.deepEqual(parseFixture('crlf.transcript'), { ...SMALL_OUTLINE, eol: '\r\n' });
  });

  test('CR-only line endings split lines too', () => {
    const view = transcriptView(parseTranscript('В.Соколов: Начнём.\rПродолжение мысли.\rН.Абдуллаев: Да.'));
    assert.equal(view.eol, '\r');
    assert.deepEqual(
      view.turns.map((t) => [t.line, t.label, t.text, t.paragraphs]),
      [
        [0, 'В.Соколов', '0:11-0:18 Начнём.', ['1:0-1:18 Продолжение мысли.']],
        [2, 'Н.Абдуллаев', '2:13-2:16 Да.', []],
      ],
    );
  });

  test('bom.transcript: a UTF-8 BOM stays in line 0 and the title starts after it', () => {
    assert.equal(readFixture('bom.transcript').charCodeAt(0), 0xfeff);
    assert.deepEqual(parseFixture('bom.transcript'), {
      eol: '\n',
      hasBom: true,
      lines: 6,
      header: {
        title: '0:1-0:30 Совещание по вопросам паводка',
        date: { span: '2:0-2:19 2023-04-11 09:00:00', value: '2023-04-11T09:00:00.000Z' },
      },
      lead: [],
      sections: [{ paragraphs: [], turns: [0], range: '4:0-4:22' }],
      turns: [
        {
          line: 4,
          label: 'И.Лебедь',
          name: 'И.Лебедь',
          key: 'и.лебедь',
          form: 'initials',
          text: '4:10-4:22 Доброе утро.',
          paragraphs: [],
          endLine: 4,
          section: 0,
          words: 2,
        },
      ],
      marks: [],
      unclosedMarks: [],
      source: undefined,
      speakers: { 'и.лебедь': { displayName: 'И.Лебедь', forms: ['И.Лебедь ×1'], isRole: false, turns: [0], words: 2 } },
      words: 2,
    });
  });

  test('a BOM right before a first-line label: the label starts at column 1', () => {
    const t = parseTranscript('\uFEFFВ.Соколов: Начнём.');
    assert.equal(t.hasBom, true);
    assert.deepEqual(
      t.turns.map((turn) => [turn.label.text, turn.label.range]),
      [['В.Соколов', { start: { line: 0, character: 1 }, end: { line: 0, character: 10 } }]],
    );
  });

  test('no-date.transcript: a title with no date line, lead, separator, turns, a /print source URL', () => {
    assert.deepEqual(parseFixture('no-date.transcript'), {
      eol: '\n',
      hasBom: false,
      lines: 10,
      header: { title: '0:0-0:44 Совещание по вопросам развития малых городов' },
      lead: ['2:0-2:56 В совещании приняли участие главы муниципальных районов.'],
      sections: [{ paragraphs: [], turns: [0, 1], range: '4:0-6:48', separator: '4:0-4:5' }],
      turns: [
        {
          line: 5,
          label: 'В.Соколов',
          name: 'В.Соколов',
          key: 'в.соколов',
          form: 'initials',
          text: '5:11-5:32 Коллеги, добрый день.',
          paragraphs: [],
          endLine: 5,
          section: 0,
          words: 3,
        },
        {
          line: 6,
          label: 'К.Лаптева',
          name: 'К.Лаптева',
          key: 'к.лаптева',
          form: 'initials',
          text: '6:11-6:48 Добрый день. Начну с Озёрного района.',
          paragraphs: [],
          endLine: 6,
          section: 0,
          words: 6,
        },
      ],
      marks: [],
      unclosedMarks: [],
      source: { url: 'https://example.org/events/news/4321/print', range: '8:0-8:42', host: 'example.org', documentId: '4321' },
      speakers: {
        'в.соколов': { displayName: 'В.Соколов', forms: ['В.Соколов ×1'], isRole: false, turns: [0], words: 3 },
        'к.лаптева': { displayName: 'К.Лаптева', forms: ['К.Лаптева ×1'], isRole: false, turns: [1], words: 6 },
      },
      words: 9,
    });
  });

  test('a date line first, no title: date, place and lead', () => {
    const view = transcriptView(parseTranscript('2017-12-27 12:40:00\n\nОзёрск, Дом правительства\n\nСостоялось совещание.\nВ.Соколов: Начнём.'));
    assert.deepEqual(
      { header: view.header, lead: view.lead, turns: view.turns.map((t) => t.line) },
      {
        header: { date: { span: '0:0-0:19 2017-12-27 12:40:00', value: '2017-12-27T12:40:00.000Z' }, place: '2:0-2:25 Озёрск, Дом правительства' },
        lead: ['4:0-4:21 Состоялось совещание.'],
        turns: [5],
      },
    );
  });

  test('date-invalid.transcript: `2017-13-45 25:00:00` is the date line, with no value and the first reason', () => {
    assert.deepEqual(parseFixture('date-invalid.transcript').header, {
      title: '0:0-0:29 Совещание по вопросам паводка',
      date: { span: '2:0-2:19 2017-13-45 25:00:00', invalidReason: 'month 13' },
    });
  });

  test('date lines: each impossible part is named, a real one gets its UTC value', () => {
    const reasons = ['2023-02-29 10:00:00', '2024-02-29 10:00:00', '2023-04-31 10:00:00', '2023-04-11 24:00:00', '2023-04-11 10:60:00', '2023-04-11 10:00:60'].map(
      (line) => {
        const date = parseTranscript(`Заголовок\n\n${line}\n`).header.date;
        return [line, date?.invalidReason, date?.value?.toISOString()];
      },
    );
    assert.deepEqual(reasons, [
      ['2023-02-29 10:00:00', 'day 29 of a 28-day month', undefined],
      ['2024-02-29 10:00:00', undefined, '2024-02-29T10:00:00.000Z'],
      ['2023-04-31 10:00:00', 'day 31 of a 30-day month', undefined],
      ['2023-04-11 24:00:00', 'hour 24', undefined],
      ['2023-04-11 10:60:00', 'minute 60', undefined],
      ['2023-04-11 10:00:60', 'second 60', undefined],
    ]);
  });

  test('sections.transcript: headed sections, narration before a first turn, a `*  *  *` with no heading', () => {
    assert.deepEqual(parseFixture('sections.transcript'), {
      eol: '\n',
      hasBom: false,
      lines: 19,
      header: {
        title: '0:0-0:35 Рабочая поездка в Приозерский район',
        date: { span: '2:0-2:19 2022-09-15 10:30:00', value: '2022-09-15T10:30:00.000Z' },
        place: '4:0-4:9 Приозерск',
      },
      lead: ['6:0-6:38 Губернатор осмотрела строящуюся школу.', '7:0-7:51 Затем она провела совещание в администрации района.'],
      sections: [
        { paragraphs: [], turns: [0, 1], range: '8:0-11:31', separator: '8:0-8:5', heading: '9:0-9:23 Осмотр строящейся школы' },
        {
          paragraphs: ['14:0-14:42 Участники обсудили сроки и финансирование.'],
          turns: [2],
          range: '12:0-15:25',
          separator: '12:0-12:5',
          heading: '13:0-13:30 Совещание о ходе строительства',
        },
        { paragraphs: [], turns: [3], range: '16:0-17:32', separator: '16:0-16:7' },
      ],
      turns: [
        {
          line: 10,
          label: 'И.Лебедь',
          name: 'И.Лебедь',
          key: 'и.лебедь',
          form: 'initials',
          text: '10:10-10:37 Когда планируете закончить?',
          paragraphs: [],
          endLine: 10,
          section: 0,
          words: 3,
        },
        {
          line: 11,
          label: 'Р.Мансуров',
          name: 'Р.Мансуров',
          key: 'р.мансуров',
          form: 'initials',
          text: '11:12-11:31 К первому сентября.',
          paragraphs: [],
          endLine: 11,
          section: 0,
          words: 3,
        },
        {
          line: 15,
          label: 'И.Лебедь',
          name: 'И.Лебедь',
          key: 'и.лебедь',
          form: 'initials',
          text: '15:10-15:25 Давайте начнём.',
          paragraphs: [],
          endLine: 15,
          section: 1,
          words: 2,
        },
        {
          line: 17,
          label: 'Р.Мансуров',
          name: 'Р.Мансуров',
          key: 'р.мансуров',
          form: 'initials',
          text: '17:12-17:32 Спасибо за внимание.',
          paragraphs: [],
          endLine: 17,
          section: 2,
          words: 3,
        },
      ],
      marks: [],
      unclosedMarks: [],
      source: undefined,
      speakers: {
        'и.лебедь': { displayName: 'И.Лебедь', forms: ['И.Лебедь ×2'], isRole: false, turns: [0, 2], words: 5 },
        'р.мансуров': { displayName: 'Р.Мансуров', forms: ['Р.Мансуров ×2'], isRole: false, turns: [1, 3], words: 6 },
      },
      words: 11,
    });
  });

  test('nbsp.transcript: no-break spaces inside labels, text, a separator and a blank line are ordinary white space', () => {
    const view = parseFixture('nbsp.transcript');
    // The speaker register's forms are checked in labels.test.ts; here the layout.
    assert.deepEqual(
      { ...view, speakers: Object.fromEntries(Object.entries(view.speakers).map(([k, s]) => [k, [s.displayName, s.turns, s.words]])) },
      {
        eol: '\n',
        hasBom: false,
        lines: 12,
        header: {
          title: `0:0-0:25 Roundtable on${NB}the${NB}harbour`,
          date: { span: '2:0-2:19 2022-10-06 14:00:00', value: '2022-10-06T14:00:00.000Z' },
        },
        lead: [`4:0-4:63 Chairman of${NB}the${NB}State Council Peter Lund met the${NB}harbour staff.`],
        sections: [{ paragraphs: [], turns: [0, 1, 2], range: '5:0-10:27', separator: '5:0-5:5' }],
        turns: [
          {
            line: 6,
            label: `Chairman of${NB}the${NB}State Council Peter Lund`,
            name: 'Peter Lund',
            key: 'peter lund',
            form: 'role-name',
            text: `6:42-6:57 Good${NB}afternoon.`,
            paragraphs: [],
            endLine: 6,
            section: 0,
            words: 2,
          },
          {
            line: 7,
            label: `Peter${NB}Lund`,
            name: `Peter${NB}Lund`,
            key: 'peter lund',
            form: 'name',
            text: '7:13-7:26 Let us begin.',
            paragraphs: [],
            endLine: 7,
            section: 0,
            words: 3,
          },
          {
            line: 9,
            label: `Governor of${NB}the${NB}Northern Region Anna${NB}Hale`,
            name: `Anna${NB}Hale`,
            key: 'anna hale',
            form: 'role-name',
            text: '9:43-9:53 Thank you.',
            paragraphs: [`10:0-10:27 As${NB}for the ferry, it stays.`],
            endLine: 10,
            section: 0,
            words: 8,
          },
        ],
        marks: [],
        unclosedMarks: [],
        source: undefined,
        speakers: {
          'peter lund': ['Peter Lund', [0, 1], 5],
          'anna hale': ['Anna Hale', [2], 8],
        },
        words: 13,
      },
    );
  });
});
