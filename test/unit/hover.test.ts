// Hover as a pure function of the parsed model: who a speaker is (the lead's mention in the
// nominative, or stenogram.speakers.json), the speaker's numbers and first/last turn, the date line in
// words and how long ago, the title's make-up and speaking time, the source URL's parts, and what an
// editorial mark means — in English and in Russian. `now` is pinned, so "how long ago" is fixed.
// Every hover is also checked to be inert: no link, HTML tag, emphasis or code from the transcript.
// Outputs we believe are wrong are asserted as they should be and marked todo.
//
// hover-meeting.transcript (zero-based lines):
//  0 Встреча с Президентом Республики Озёрия Тимуром Алиевым        (title)
//  2 2017-12-27 12:40:00
//  6 Состоялась встреча Владимира Путина с Президентом Республики Озёрия Тимуром Алиевым.
//  7 Слово было предоставлено министру иностранных дел Ирине Соколовой.
//  8 Прозвучал доклад Артура Рашидовича Мансурова о торговле.
//  9 В переговорах принял участие Председатель Народного собрания Ли Вэймин.
// 11 * * *   (12: heading)
// 14 В.Путин: … [в Москве].   (15: a continuation line)   17 Т.Алиев: … (Аплодисменты.)
// 19 И.Соколова:   21 В. Путин:   23 И.Соколова:   25 А.Р.Мансуров: … <…> …   27 Ли Вэймин:   29 Вопрос:
// 31 * * *
// 33 В.Путин:   35 К.Морозов:   37 Т.Алиев:   39 А.Р.Мансуров:   41 Ли Вэймин:   43 К.Морозов:
// 45 http://kremlin.ru/events/president/news/copy/56509
// 14 turns, 46 words: В.Путин 3 turns / 17 words, Т.Алиев 2/5, И.Соколова 2/6, А.Р.Мансуров 2/5,
// Ли Вэймин 2/5, Вопрос 1/4, К.Морозов 2/4.
//
// hover-en.transcript: 0 title, 2 `2019-03-04` (no time), 6 lead, 8 Vladimir Putin:, 10 Peter Lund: …
// [It is] … (Laughter.), 12 Question:, 14 Vladimir Putin: … [...] …, 16 Peter Lund:, 18 en.kremlin.ru URL.
// 5 turns, 33 words: Vladimir Putin 2/13, Peter Lund 2/14, Question 1/6.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver-types';
import { hover, type RegisterEntry } from '../../server/src/features';
import { message, type Locale } from '../../server/src/l10n';
import { readRegister } from '../../server/src/register';
import { parseTranscript, type Position } from '../../server/src/transcript';
import { positionOf, withCursor } from '../helpers/cursor';
import { readFixture } from '../helpers/fixtures';
import { rangeText } from '../helpers/view';

const NB = '\u00A0';
/** "Now" for "how long ago": 1 June 2025, noon UTC. */
const NOW = new Date('2025-06-01T12:00:00Z');

const MEETING = readFixture('hover-meeting.transcript');
const MEETING_URI = 'file:///w/hover-meeting.transcript';
const EN = readFixture('hover-en.transcript');
const EN_URI = 'file:///w/hover-en.transcript';
const ESCAPING = readFixture('hover-escaping.transcript');
const ESCAPING_URI = 'file:///w/hover-escaping.transcript';

interface HoverView {
  range: string;
  value: string;
}

interface Options {
  uri?: string;
  register?: ReadonlyMap<string, RegisterEntry>;
}

/** The hover at `position`: its range as `line:col-line:col` and its markdown. Checked to be inert. */
function hoverAt(text: string, position: Position, locale: Locale, options: Options = {}): HoverView | null {
  const uri = options.uri ?? 'file:///w/doc.transcript';
  const result = hover(parseTranscript(text), position, { uri, locale, now: NOW, register: options.register });
  if (!result) return null;
  const contents = result.contents as MarkupContent;
  assert.equal(contents.kind, 'markdown');
  assert.ok(result.range, 'a hover has a range');
  assertInert(contents.value, uri);
  return { range: rangeText(result.range), value: contents.value };
}

/** The hover where `marked` (a piece of `text` with a `|`) points. */
function hoverIn(text: string, marked: string, locale: Locale, options: Options = {}): HoverView | null {
  return hoverAt(text, positionOf(text, marked), locale, options);
}

/** The hover at the `|` of a whole transcript written inline. */
function hoverInline(marked: string, locale: Locale, options: Options = {}): HoverView | null {
  const { text, position } = withCursor(marked);
  return hoverAt(text, position, locale, options);
}

/** Markdown lines, written one per argument. */
function md(...lines: string[]): string {
  return lines.join('\n');
}

function lines(...text: string[]): string {
  return text.join('\n');
}

function registerOf(json: unknown): ReadonlyMap<string, RegisterEntry> {
  const { entries, problems } = readRegister(JSON.stringify(json));
  assert.deepEqual(problems, []);
  return entries;
}

const WHENCE: string[] = (['en', 'ru'] as const).flatMap((l) =>
  (['hover.from-lead', 'hover.from-register', 'hover.unknown-speaker'] as const).map((id) => `*${message(l, id)}*`),
);

/**
 * What markup a hover may hold is the server's own: the bold first line, the italic line that says
 * where "who" comes from, links to lines of this document, and a mark quoted in a code span. Any
 * other `*`, `_`, backtick, `[`, `]`, `<`, `>` or `#` must be backslash-escaped (or an entity), so
 * no link, HTML tag, emphasis or code from the transcript reaches the renderer.
 */
function assertInert(value: string, uri: string): void {
  const escapedUri = uri.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let rest = value.replace(new RegExp(`\\[(?:line|строка) (\\d+)\\]\\(${escapedUri}#L(\\d+)\\)`, 'g'), (link, shown: string, target: string) => {
    assert.equal(shown, target, `${link}: the link goes to the line it names`);
    return 'LINK';
  });
  rest = rest.replace(/^`[^`\n]*` — /, 'MARK — ');
  rest = rest
    .split('\n')
    .filter((line) => !WHENCE.includes(line))
    .join('\n');
  if (rest.startsWith('**')) {
    const close = /(?<!\\)\*\*/g;
    close.lastIndex = 2;
    const end = close.exec(rest);
    assert.ok(end && !rest.slice(2, end.index).includes('\n'), `the bold first line is closed on its line:\n${value}`);
    rest = rest.slice(2, end.index) + rest.slice(end.index + 2);
  }
  for (let i = 0; i < rest.length; i++) {
    if (rest[i] === '\\') {
      i++;
      continue;
    }
    assert.ok(!'*_`[]<>#'.includes(rest[i]), `unescaped ${JSON.stringify(rest[i])} at ${i} of ${JSON.stringify(rest)}\nin the hover:\n${value}`);
  }
}

describe('hover on a speaker label: who this is, as the lead names them', () => {
  test('genitive `Владимира Путина` gives `Владимир Путин`; three turns, the other label form listed (English)', () => {
    assert.deepEqual(hoverIn(MEETING, 'В.Пу|тин: Уважаемый', 'en', { uri: MEETING_URI }), {
      range: '14:0-14:7',
      value: md(
        '**В\\.Путин** — Владимир Путин',
        '',
        '*as the lead names them*',
        '',
        '3 turns · 17 words · 37% of the words',
        '',
        `First turn: [line 15](${MEETING_URI}#L15) · last turn: [line 34](${MEETING_URI}#L34)`,
        '',
        'Also written: В\\. Путин',
      ),
    });
  });

  test('the same speaker in Russian', () => {
    assert.deepEqual(hoverIn(MEETING, 'В.Пу|тин: Уважаемый', 'ru', { uri: MEETING_URI }), {
      range: '14:0-14:7',
      value: md(
        '**В\\.Путин** — Владимир Путин',
        '',
        '*как указано во вводной части*',
        '',
        `3 реплики · 17 слов · 37${NB}% всех слов`,
        '',
        `Первая реплика: [строка 15](${MEETING_URI}#L15) · последняя: [строка 34](${MEETING_URI}#L34)`,
        '',
        'Также записан как: В\\. Путин',
      ),
    });
  });

  test('on the other form `В. Путин:` the label shown is that form, and `В.Путин` is the other one', () => {
    assert.deepEqual(hoverIn(MEETING, 'В. Пу|тин: Пожалуйста', 'en', { uri: MEETING_URI }), {
      range: '21:0-21:8',
      value: md(
        '**В\\. Путин** — Владимир Путин',
        '',
        '*as the lead names them*',
        '',
        '3 turns · 17 words · 37% of the words',
        '',
        `First turn: [line 15](${MEETING_URI}#L15) · last turn: [line 34](${MEETING_URI}#L34)`,
        '',
        'Also written: В\\.Путин',
      ),
    });
  });

  test('instrumental with a role: `с Президентом Республики Озёрия Тимуром Алиевым` → `Президент Республики Озёрия Тимур Алиев`', () => {
    const expected = (whence: string, numbers: string, turns: string) => ({
      range: '17:0-17:7',
      value: md('**Т\\.Алиев** — Президент Республики Озёрия Тимур Алиев', '', whence, '', numbers, '', turns),
    });
    assert.deepEqual(
      hoverIn(MEETING, 'Т.Ал|иев: Спасибо', 'en', { uri: MEETING_URI }),
      expected(
        '*as the lead names them*',
        '2 turns · 5 words · 10.9% of the words',
        `First turn: [line 18](${MEETING_URI}#L18) · last turn: [line 38](${MEETING_URI}#L38)`,
      ),
    );
    assert.deepEqual(
      hoverIn(MEETING, 'Т.Ал|иев: Спасибо', 'ru', { uri: MEETING_URI }),
      expected(
        '*как указано во вводной части*',
        `2 реплики · 5 слов · 10,9${NB}% всех слов`,
        `Первая реплика: [строка 18](${MEETING_URI}#L18) · последняя: [строка 38](${MEETING_URI}#L38)`,
      ),
    );
  });

  test('dative with a role: `министру иностранных дел Ирине Соколовой` → `министр иностранных дел Ирина Соколова`', () => {
    assert.deepEqual(hoverIn(MEETING, 'И.Сок|олова: Позвольте', 'ru', { uri: MEETING_URI }), {
      range: '19:0-19:10',
      value: md(
        '**И\\.Соколова** — министр иностранных дел Ирина Соколова',
        '',
        '*как указано во вводной части*',
        '',
        `2 реплики · 6 слов · 13${NB}% всех слов`,
        '',
        `Первая реплика: [строка 20](${MEETING_URI}#L20) · последняя: [строка 24](${MEETING_URI}#L24)`,
      ),
    });
  });

  test('two initials: `Артура Рашидовича Мансурова` names `А.Р.Мансуров` → `Артур Рашидович Мансуров`, no role', () => {
    assert.deepEqual(hoverIn(MEETING, 'А.Р.Ман|суров: Товарооборот', 'en', { uri: MEETING_URI }), {
      range: '25:0-25:12',
      value: md(
        '**А\\.Р\\.Мансуров** — Артур Рашидович Мансуров',
        '',
        '*as the lead names them*',
        '',
        '2 turns · 5 words · 10.9% of the words',
        '',
        `First turn: [line 26](${MEETING_URI}#L26) · last turn: [line 40](${MEETING_URI}#L40)`,
      ),
    });
  });

  test('a name without initials: `Председатель Народного собрания Ли Вэймин`', () => {
    assert.deepEqual(hoverIn(MEETING, 'Ли Вэй|мин: Мы', 'ru', { uri: MEETING_URI }), {
      range: '27:0-27:9',
      value: md(
        '**Ли Вэймин** — Председатель Народного собрания Ли Вэймин',
        '',
        '*как указано во вводной части*',
        '',
        `2 реплики · 5 слов · 10,9${NB}% всех слов`,
        '',
        `Первая реплика: [строка 28](${MEETING_URI}#L28) · последняя: [строка 42](${MEETING_URI}#L42)`,
      ),
    });
  });

  test('an English role and name: `Chairman of the State Council Peter Lund`, in both display languages', () => {
    assert.deepEqual(hoverIn(EN, 'Peter Lu|nd: Thank', 'en', { uri: EN_URI }), {
      range: '10:0-10:10',
      value: md(
        '**Peter Lund** — Chairman of the State Council Peter Lund',
        '',
        '*as the lead names them*',
        '',
        '2 turns · 14 words · 42.4% of the words',
        '',
        `First turn: [line 11](${EN_URI}#L11) · last turn: [line 17](${EN_URI}#L17)`,
      ),
    });
    assert.deepEqual(hoverIn(EN, 'Peter Lu|nd: Thank', 'ru', { uri: EN_URI }), {
      range: '10:0-10:10',
      value: md(
        '**Peter Lund** — Chairman of the State Council Peter Lund',
        '',
        '*как указано во вводной части*',
        '',
        `2 реплики · 14 слов · 42,4${NB}% всех слов`,
        '',
        `Первая реплика: [строка 11](${EN_URI}#L11) · последняя: [строка 17](${EN_URI}#L17)`,
      ),
    });
  });

  test('an English name without a role: `Vladimir Putin met with …`', () => {
    assert.deepEqual(hoverIn(EN, 'Vladimir Pu|tin: Good', 'en', { uri: EN_URI }), {
      range: '8:0-8:14',
      value: md(
        '**Vladimir Putin** — Vladimir Putin',
        '',
        '*as the lead names them*',
        '',
        '2 turns · 13 words · 39.4% of the words',
        '',
        `First turn: [line 9](${EN_URI}#L9) · last turn: [line 15](${EN_URI}#L15)`,
      ),
    });
  });

  test('on the lead’s mention itself (`Тимуром Алиевым`) the hover is the speaker’s, over the mention', () => {
    assert.deepEqual(hoverIn(MEETING, 'Тимуром Ал|иевым.', 'ru', { uri: MEETING_URI }), {
      range: '6:68-6:83',
      value: md(
        '**Т\\.Алиев** — Президент Республики Озёрия Тимур Алиев',
        '',
        '*как указано во вводной части*',
        '',
        `2 реплики · 5 слов · 10,9${NB}% всех слов`,
        '',
        `Первая реплика: [строка 18](${MEETING_URI}#L18) · последняя: [строка 38](${MEETING_URI}#L38)`,
      ),
    });
  });

  test('nobody names `К.Морозов`: the hover says so plainly and guesses nothing', () => {
    assert.deepEqual(hoverIn(MEETING, 'К.Мор|озов: Документы', 'en', { uri: MEETING_URI }), {
      range: '35:0-35:9',
      value: md(
        '**К\\.Морозов**',
        '',
        '*Neither the lead nor stenogram.speakers.json says who this is.*',
        '',
        '2 turns · 4 words · 8.7% of the words',
        '',
        `First turn: [line 36](${MEETING_URI}#L36) · last turn: [line 44](${MEETING_URI}#L44)`,
      ),
    });
    assert.deepEqual(hoverIn(MEETING, 'К.Мор|озов: Документы', 'ru', { uri: MEETING_URI }), {
      range: '35:0-35:9',
      value: md(
        '**К\\.Морозов**',
        '',
        '*Ни вводная часть, ни stenogram.speakers.json не говорят, кто это.*',
        '',
        `2 реплики · 4 слова · 8,7${NB}% всех слов`,
        '',
        `Первая реплика: [строка 36](${MEETING_URI}#L36) · последняя: [строка 44](${MEETING_URI}#L44)`,
      ),
    });
  });

  test('a role label (`Вопрос:`) has no “who” line and no “nobody says” line (blank lines collapsed, as markdown renders them)', () => {
    const view = hoverIn(MEETING, 'Воп|рос: Когда', 'ru', { uri: MEETING_URI });
    assert.ok(view);
    assert.deepEqual(
      { range: view.range, value: view.value.replace(/\n{3,}/g, '\n\n') },
      {
        range: '29:0-29:6',
        value: md('**Вопрос**', '', `1 реплика · 4 слова · 8,7${NB}% всех слов`, '', `Единственная реплика: [строка 30](${MEETING_URI}#L30)`),
      },
    );
  });

  test('a role label (`Вопрос:`): exactly one blank line between the label and the numbers', () => {
    assert.deepEqual(hoverIn(MEETING, 'Воп|рос: Когда', 'ru', { uri: MEETING_URI }), {
      range: '29:0-29:6',
      value: md('**Вопрос**', '', `1 реплика · 4 слова · 8,7${NB}% всех слов`, '', `Единственная реплика: [строка 30](${MEETING_URI}#L30)`),
    });
  });

  test('a speaker with one turn: “Единственная реплика” with its link', () => {
    const text = lines('Слово предоставлено Нине Орловой.', '', 'Н.Ор|лова: Спасибо за приглашение.', 'В.Путин: Пожалуйста.');
    assert.deepEqual(hoverInline(text, 'ru'), {
      range: '2:0-2:8',
      value: md(
        '**Н\\.Орлова** — Нина Орлова',
        '',
        '*как указано во вводной части*',
        '',
        `1 реплика · 3 слова · 75${NB}% всех слов`,
        '',
        'Единственная реплика: [строка 3](file:///w/doc.transcript#L3)',
      ),
    });
  });

  test('a speaker with one turn in English: “1 turn”, “Only turn”', () => {
    const text = lines('Слово предоставлено Нине Орловой.', '', 'Н.Ор|лова: Спасибо за приглашение.', 'В.Путин: Пожалуйста.');
    assert.deepEqual(hoverInline(text, 'en'), {
      range: '2:0-2:8',
      value: md(
        '**Н\\.Орлова** — Нина Орлова',
        '',
        '*as the lead names them*',
        '',
        '1 turn · 3 words · 75% of the words',
        '',
        'Only turn: [line 3](file:///w/doc.transcript#L3)',
      ),
    });
  });

  test('one turn of one word in English: “1 turn · 1 word”', () => {
    assert.deepEqual(hoverInline(lines('Слово предоставлено Нине Орловой.', '', 'Н.Ор|лова: Спасибо.', 'В.Путин: Пожалуйста, прошу.'), 'en'), {
      range: '2:0-2:8',
      value: md(
        '**Н\\.Орлова** — Нина Орлова',
        '',
        '*as the lead names them*',
        '',
        '1 turn · 1 word · 33.3% of the words',
        '',
        'Only turn: [line 3](file:///w/doc.transcript#L3)',
      ),
    });
  });

  test('an `untitled:` document: line numbers without links', () => {
    const text = lines('Состоялось совещание.', '', 'В.Пу|тин: Добрый день.', 'К.Морозов: Здравствуйте.', 'В.Путин: Начнём.');
    assert.deepEqual(hoverInline(text, 'en', { uri: 'untitled:Untitled-1' }), {
      range: '2:0-2:7',
      value: md(
        '**В\\.Путин**',
        '',
        '*Neither the lead nor stenogram.speakers.json says who this is.*',
        '',
        '2 turns · 3 words · 75% of the words',
        '',
        'First turn: line 3 · last turn: line 5',
      ),
    });
    assert.deepEqual(hoverInline(text, 'ru', { uri: 'untitled:Untitled-1' }), {
      range: '2:0-2:7',
      value: md(
        '**В\\.Путин**',
        '',
        '*Ни вводная часть, ни stenogram.speakers.json не говорят, кто это.*',
        '',
        `2 реплики · 3 слова · 75${NB}% всех слов`,
        '',
        'Первая реплика: строка 3 · последняя: строка 5',
      ),
    });
  });
});

describe('hover on a speaker label: who this is, from stenogram.speakers.json', () => {
  const REGISTER = registerOf({
    'К. Морозов': { name: 'Кирилл Морозов', role: 'министр транспорта', aliases: ['Кирилл Морозов'] },
    'Т.Алиев': { name: 'Тимур Алиев', role: 'Президент Озёрии' },
    'И.Соколова': { aliases: ['Ирина Соколова'] },
  });

  test('a speaker the lead does not name: role and name from the register (its key `К. Морозов` written with a space)', () => {
    assert.deepEqual(hoverIn(MEETING, 'К.Мор|озов: Документы', 'en', { uri: MEETING_URI, register: REGISTER }), {
      range: '35:0-35:9',
      value: md(
        '**К\\.Морозов** — министр транспорта Кирилл Морозов',
        '',
        '*from stenogram.speakers.json*',
        '',
        '2 turns · 4 words · 8.7% of the words',
        '',
        `First turn: [line 36](${MEETING_URI}#L36) · last turn: [line 44](${MEETING_URI}#L44)`,
      ),
    });
  });

  test('the register wins over the lead', () => {
    assert.deepEqual(hoverIn(MEETING, 'Т.Ал|иев: Спасибо', 'ru', { uri: MEETING_URI, register: REGISTER }), {
      range: '17:0-17:7',
      value: md(
        '**Т\\.Алиев** — Президент Озёрии Тимур Алиев',
        '',
        '*из stenogram.speakers.json*',
        '',
        `2 реплики · 5 слов · 10,9${NB}% всех слов`,
        '',
        `Первая реплика: [строка 18](${MEETING_URI}#L18) · последняя: [строка 38](${MEETING_URI}#L38)`,
      ),
    });
  });

  test('an entry with neither name nor role leaves the lead to say who it is', () => {
    assert.deepEqual(hoverIn(MEETING, 'И.Сок|олова: Позвольте', 'en', { uri: MEETING_URI, register: REGISTER }), {
      range: '19:0-19:10',
      value: md(
        '**И\\.Соколова** — министр иностранных дел Ирина Соколова',
        '',
        '*as the lead names them*',
        '',
        '2 turns · 6 words · 13% of the words',
        '',
        `First turn: [line 20](${MEETING_URI}#L20) · last turn: [line 24](${MEETING_URI}#L24)`,
      ),
    });
  });

  test('a label found through an alias of the register (`Кирилл Морозов`)', () => {
    const text = lines('Совещание.', '', 'Кирилл Мор|озов: Документы готовы.', 'В.Путин: Хорошо.');
    assert.deepEqual(hoverInline(text, 'en', { register: REGISTER }), {
      range: '2:0-2:14',
      value: md(
        '**Кирилл Морозов** — министр транспорта Кирилл Морозов',
        '',
        '*from stenogram.speakers.json*',
        '',
        '1 turn · 2 words · 66.7% of the words',
        '',
        'Only turn: [line 3](file:///w/doc.transcript#L3)',
      ),
    });
  });

  test('another form of the key’s label (`Морозов К.А.` for `К. Морозов`) is the same speaker', () => {
    const text = lines('Совещание.', '', 'Морозов К.|А.: Документы готовы.', 'В.Путин: Хорошо.');
    assert.deepEqual(hoverInline(text, 'ru', { register: REGISTER }), {
      range: '2:0-2:12',
      value: md(
        '**Морозов К\\.А\\.** — министр транспорта Кирилл Морозов',
        '',
        '*из stenogram.speakers.json*',
        '',
        `1 реплика · 2 слова · 66,7${NB}% всех слов`,
        '',
        'Единственная реплика: [строка 3](file:///w/doc.transcript#L3)',
      ),
    });
  });
});

describe('hover on a speaker label: suspected bugs', () => {
  test('a later mention that gives the role is preferred to an earlier one without it', () => {
    const text = lines(
      'Тимур Алиев прибыл в Москву. Состоялась встреча Владимира Путина с Президентом Республики Озёрия Тимуром Алиевым.',
      '',
      'Т.Ал|иев: Добрый день.',
      'В.Путин: Здравствуйте.',
    );
    assert.deepEqual(hoverInline(text, 'ru'), {
      range: '2:0-2:7',
      value: md(
        '**Т\\.Алиев** — Президент Республики Озёрия Тимур Алиев',
        '',
        '*как указано во вводной части*',
        '',
        `1 реплика · 2 слова · 66,7${NB}% всех слов`,
        '',
        'Единственная реплика: [строка 3](file:///w/doc.transcript#L3)',
      ),
    });
  });

  test('an adjectival surname in `-ой` (`Евгением Береговым` for `Е.Береговой`) is named by the lead', () => {
    const text = lines('Встреча с губернатором Озёрской области Евгением Береговым.', '', 'Е.Бере|говой: Добрый день.', 'В.Путин: Здравствуйте.');
    assert.deepEqual(hoverInline(text, 'ru'), {
      range: '2:0-2:11',
      value: md(
        '**Е\\.Береговой** — губернатор Озёрской области Евгений Береговой',
        '',
        '*как указано во вводной части*',
        '',
        `1 реплика · 2 слова · 66,7${NB}% всех слов`,
        '',
        'Единственная реплика: [строка 3](file:///w/doc.transcript#L3)',
      ),
    });
  });

  test('the first name before an indeclinable surname is put in the nominative (`Индирой Чакраборти` → `Индира Чакраборти`)', { todo: 'names: nominativePersonName keeps the first name as written when the surname does not decline' }, () => {
    const text = lines('Встреча с Премьер-министром Республики Лаккадия Индирой Чакраборти.', '', 'И.Чакра|борти: Добрый день.', 'В.Путин: Здравствуйте.');
    assert.deepEqual(hoverInline(text, 'ru'), {
      range: '2:0-2:12',
      value: md(
        '**И\\.Чакраборти** — Премьер\\-министр Республики Лаккадия Индира Чакраборти',
        '',
        '*как указано во вводной части*',
        '',
        `1 реплика · 2 слова · 66,7${NB}% всех слов`,
        '',
        'Единственная реплика: [строка 3](file:///w/doc.transcript#L3)',
      ),
    });
  });

  test('`&lt;…&gt;` is an omission, not two words (`lt`, `gt`) of the speaker', () => {
    const text = lines('А.Р.Ман|суров: Товарооборот вырос &lt;…&gt; на треть.', 'В.Путин: Хорошо.');
    assert.deepEqual(hoverInline(text, 'ru'), {
      range: '0:0-0:12',
      value: md(
        '**А\\.Р\\.Мансуров**',
        '',
        '*Ни вводная часть, ни stenogram.speakers.json не говорят, кто это.*',
        '',
        `1 реплика · 4 слова · 80${NB}% всех слов`,
        '',
        'Единственная реплика: [строка 1](file:///w/doc.transcript#L1)',
      ),
    });
  });
});

describe('hover on the date line', () => {
  test('weekday, full date and time in the display language, and how long ago', () => {
    assert.deepEqual(hoverIn(MEETING, '2017-12-27 12|:40', 'en'), {
      range: '2:0-2:19',
      value: md('**Wednesday, 27 December 2017, 12:40**', '', '7 years ago'),
    });
    assert.deepEqual(hoverIn(MEETING, '2017-12-27 12|:40', 'ru'), {
      range: '2:0-2:19',
      value: md('**среда, 27 декабря 2017 г., 12:40**', '', '7 лет назад'),
    });
  });

  test('a date without a time', () => {
    assert.deepEqual(hoverIn(EN, '2019-03|-04', 'en'), { range: '2:0-2:10', value: md('**Monday, 4 March 2019**', '', '6 years ago') });
    assert.deepEqual(hoverIn(EN, '2019-03|-04', 'ru'), { range: '2:0-2:10', value: md('**понедельник, 4 марта 2019 г.**', '', '6 лет назад') });
  });

  test('a date a few days before `now`', () => {
    assert.deepEqual(hoverInline(lines('Совещание', '', '2025-05-2|9 09:05', '', 'В.Путин: Начнём.'), 'en'), {
      range: '2:0-2:16',
      value: md('**Thursday, 29 May 2025, 09:05**', '', '3 days ago'),
    });
  });

  test('an invalid date: what is wrong with it (English)', () => {
    assert.deepEqual(hoverInline(lines('Совещание', '', '2017-13-45 2|5:00:00', '', 'В.Путин: Начнём.'), 'en'), {
      range: '2:0-2:19',
      value: '“2017\\-13\\-45 25:00:00” is not a real date (month 13).',
    });
    assert.deepEqual(hoverInline(lines('Совещание', '', '2017-02-29 1|0:00', '', 'В.Путин: Начнём.'), 'en'), {
      range: '2:0-2:16',
      value: '“2017\\-02\\-29 10:00” is not a real date (day 29 of a 28-day month).',
    });
  });

  test('an invalid date: what is wrong with it, in Russian', () => {
    assert.deepEqual(hoverInline(lines('Совещание', '', '2017-13-45 2|5:00:00', '', 'В.Путин: Начнём.'), 'ru'), {
      range: '2:0-2:19',
      value: '«2017\\-13\\-45 25:00:00» — не настоящая дата (месяц 13).',
    });
  });
});

describe('hover on the title', () => {
  test('turns, speakers (roles not counted), words, sections, speaking time at 120 words a minute', () => {
    assert.deepEqual(hoverIn(MEETING, 'Встреча с През|идентом', 'en'), {
      range: '0:0-0:55',
      value: md(
        '**Встреча с Президентом Республики Озёрия Тимуром Алиевым**',
        '',
        '14 turns · 6 speakers · 46 words · 2 sections',
        '',
        'Speaking time: about 0 min (at 120 words a minute)',
      ),
    });
    assert.deepEqual(hoverIn(MEETING, 'Встреча с През|идентом', 'ru'), {
      range: '0:0-0:55',
      value: md(
        '**Встреча с Президентом Республики Озёрия Тимуром Алиевым**',
        '',
        '14 реплик · 6 спикеров · 46 слов · 2 раздела',
        '',
        'Время выступлений: около 0 мин (при 120 словах в минуту)',
      ),
    });
  });

  test('a transcript without sections', () => {
    assert.deepEqual(hoverIn(EN, 'Meeting w|ith', 'en'), {
      range: '0:0-0:53',
      value: md(
        '**Meeting with Chairman of the State Council Peter Lund**',
        '',
        '5 turns · 2 speakers · 33 words · 0 sections',
        '',
        'Speaking time: about 0 min (at 120 words a minute)',
      ),
    });
  });

  // 100 turns of 100 words and one of 1: 10,001 words, 83 minutes at 120 a minute.
  const LONG = lines(
    'Пленарн|ое заседание',
    '',
    '2019-06-07 14:00:00',
    '',
    'Заседание открыл модератор.',
    '',
    '* * *',
    ...Array.from({ length: 100 }, (_, i) => `${i % 2 === 0 ? 'Т.Алиев' : 'К.Морозов'}: ${'слово '.repeat(99)}конец.`),
    '* * *',
    'Т.Алиев: Спасибо.',
  );

  test('a long transcript: speaking time in hours and minutes', () => {
    assert.deepEqual(hoverInline(LONG, 'en'), {
      range: '0:0-0:19',
      value: md('**Пленарное заседание**', '', '101 turns · 2 speakers · 10,001 words · 2 sections', '', 'Speaking time: about 1 h 23 min (at 120 words a minute)'),
    });
    assert.deepEqual(hoverInline(LONG, 'ru'), {
      range: '0:0-0:19',
      value: md(
        '**Пленарное заседание**',
        '',
        `101 реплика · 2 спикера · 10${NB}001 слово · 2 раздела`,
        '',
        'Время выступлений: около 1 ч 23 мин (при 120 словах в минуту)',
      ),
    });
  });
});

describe('hover on the source URL', () => {
  test('kremlin.ru `…/news/copy/56509`: Russian version, its document id, the print (“copy”) version', () => {
    assert.deepEqual(hoverIn(MEETING, 'news/copy/56|509', 'en'), {
      range: '45:0-45:50',
      value: md('Site: kremlin\\.ru', '', 'Language version: Russian', '', 'Document id: 56509', '', 'The print (“copy”) version'),
    });
    assert.deepEqual(hoverIn(MEETING, 'news/copy/56|509', 'ru'), {
      range: '45:0-45:50',
      value: md('Сайт: kremlin\\.ru', '', 'Языковая версия: русская', '', 'Номер документа: 56509', '', 'Версия для печати («copy»)'),
    });
  });

  test('an `en.` host: the English version; no `copy`: the web page', () => {
    assert.deepEqual(hoverIn(EN, 'news/601|23', 'en'), {
      range: '18:0-18:49',
      value: md('Site: en\\.kremlin\\.ru', '', 'Language version: English', '', 'Document id: 60123', '', 'The web page, not the print version'),
    });
    assert.deepEqual(hoverIn(EN, 'news/601|23', 'ru'), {
      range: '18:0-18:49',
      value: md('Сайт: en\\.kremlin\\.ru', '', 'Языковая версия: английская', '', 'Номер документа: 60123', '', 'Веб-страница, не версия для печати'),
    });
  });

  test('a URL without a document id', () => {
    const text = lines('В.Путин: Добрый день.', '', 'https://example.org/about/|team');
    assert.deepEqual(hoverInline(text, 'en'), {
      range: '2:0-2:30',
      value: md('Site: example\\.org', '', 'Language version: Russian', '', 'No document id in the address', '', 'The web page, not the print version'),
    });
    assert.deepEqual(hoverInline(text, 'ru'), {
      range: '2:0-2:30',
      value: md('Сайт: example\\.org', '', 'Языковая версия: русская', '', 'В адресе нет номера документа', '', 'Веб-страница, не версия для печати'),
    });
  });

  test('a `…/print` address is the print version', () => {
    assert.deepEqual(hoverInline(lines('В.Путин: Добрый день.', '', 'http://kremlin.ru/events/president/transcripts/56509/pr|int'), 'en'), {
      range: '2:0-2:58',
      value: md('Site: kremlin\\.ru', '', 'Language version: Russian', '', 'Document id: 56509', '', 'The print (“copy”) version'),
    });
  });
});

describe('hover on editorial marks', () => {
  test('an insertion `[в Москве]`', () => {
    assert.deepEqual(hoverIn(MEETING, '[в Моск|ве]', 'en'), {
      range: '14:49-14:59',
      value: '`[в Москве]` — the editor’s insertion: words added for clarity, not said by the speaker.',
    });
    assert.deepEqual(hoverIn(MEETING, '[в Моск|ве]', 'ru'), {
      range: '14:49-14:59',
      value: '`[в Москве]` — вставка редактора: слова, добавленные для ясности, которых спикер не произносил.',
    });
  });

  test('a remark `(Аплодисменты.)`, `(Laughter.)`', () => {
    assert.deepEqual(hoverIn(MEETING, '(Апло|дисменты.)', 'ru'), {
      range: '17:41-17:56',
      value: '`(Аплодисменты.)` — ремарка: что происходило в зале (смех, аплодисменты, жест), а не речь.',
    });
    assert.deepEqual(hoverIn(EN, '(Laugh|ter.)', 'en'), {
      range: '10:68-10:79',
      value: '`(Laughter.)` — a remark: what happened in the room (laughter, applause, a gesture), not speech.',
    });
  });

  test('omissions `<…>`, `[...]`, `&lt;…&gt;`', () => {
    assert.deepEqual(hoverIn(MEETING, '<|…>', 'ru'), {
      range: '25:33-25:36',
      value: '`<…>` — пропуск: часть текста, не вошедшая в публикацию.',
    });
    assert.deepEqual(hoverIn(EN, '[..|.]', 'en'), {
      range: '14:32-14:37',
      value: '`[...]` — an omission: a passage left out of the published text.',
    });
    assert.deepEqual(hoverInline('В.Путин: Вырос &lt;|…&gt; на треть.', 'en'), {
      range: '0:15-0:24',
      value: '`&lt;…&gt;` — an omission: a passage left out of the published text.',
    });
  });
});

describe('no hover', () => {
  for (const [where, marked] of [
    ['the text of a turn', 'Надеюсь, пере|говоры'],
    ['the text after a label', 'Позвольте кр|атко'],
    ['the place line', 'Москва, Кр|емль'],
    ['a section heading', 'Стенограмма нач|ала'],
    ['a separator', '* |* *\nСтен'],
    ['a lead word that names nobody', 'Прозвучал док|лад'],
    ['a blank line', 'Алиевым\n|\n2017'],
  ] as const) {
    test(`on ${where}: null`, () => {
      assert.equal(hoverIn(MEETING, marked, 'en'), null);
    });
  }
});

// hover-escaping.transcript: 0 a title of markdown, HTML and a command link; 2 the date; 4 a lead
// whose role holds the same inside «…»; 6 А.Сидоров: (7: `[Evil](command:x) Person: Hello.`, which is
// no label but a continuation line); 9 Б.Орлов: … [[a](command:x)].; 11 А.Сидоров:; 13 Б.Орлов:;
// 15 a URL with `**`, `_` and a command link in it. 4 turns, 14 words: А.Сидоров 2/9, Б.Орлов 2/5.
describe('escaping: no markdown, HTML or command link from the transcript reaches the renderer', () => {
  test('a title full of markdown, HTML and a command link is shown as text', () => {
    assert.deepEqual(hoverIn(ESCAPING, '**Bo|ld**', 'en', { uri: ESCAPING_URI }), {
      range: '0:0-0:87',
      value: md(
        '**\\*\\*Bold\\*\\* \\[x\\]\\(command:workbench\\.action\\.quit\\) &lt;img src=x onerror=alert\\(1\\)&gt; \\`code\\` \\_a\\_ \\# h**',
        '',
        '4 turns · 2 speakers · 14 words · 0 sections',
        '',
        'Speaking time: about 0 min (at 120 words a minute)',
      ),
    });
  });

  test('`[Evil](command:x) Person:` is not read as a label, so it can only show as an insertion mark, quoted', () => {
    assert.deepEqual(
      parseTranscript(ESCAPING).turns.map((t) => t.label.text),
      ['А.Сидоров', 'Б.Орлов', 'А.Сидоров', 'Б.Орлов'],
    );
    assert.deepEqual(hoverIn(ESCAPING, '[Ev|il]', 'en', { uri: ESCAPING_URI }), {
      range: '7:0-7:6',
      value: '`[Evil]` — the editor’s insertion: words added for clarity, not said by the speaker.',
    });
    assert.deepEqual(hoverIn(ESCAPING, '[[a](com|mand:x)]', 'en', { uri: ESCAPING_URI }), {
      range: '9:22-9:38',
      value: '`[[a](command:x)]` — the editor’s insertion: words added for clarity, not said by the speaker.',
    });
  });

  test('a role in the lead with markdown and HTML inside quotes (`директором компании «**Жук** …»`)', () => {
    const expected = (range: string) => ({
      range,
      value: md(
        '**А\\.Сидоров** — директор компании «\\*\\*Жук\\*\\* \\[x\\]\\(command:evil\\) &lt;b&gt;hi&lt;/b&gt; \\`c\\` \\_u\\_» Антон Сидоров',
        '',
        '*as the lead names them*',
        '',
        '2 turns · 9 words · 64.3% of the words',
        '',
        `First turn: [line 7](${ESCAPING_URI}#L7) · last turn: [line 12](${ESCAPING_URI}#L12)`,
      ),
    });
    assert.deepEqual(hoverIn(ESCAPING, 'А.Сид|оров: Добрый', 'en', { uri: ESCAPING_URI }), expected('6:0-6:9'));
    assert.deepEqual(hoverIn(ESCAPING, 'Антоном Сидо|ровым', 'en', { uri: ESCAPING_URI }), expected('4:76-4:93'));
  });

  test('a register entry with `<script>` as its name and a command link as its role', () => {
    const register = registerOf({ 'Б.Орлов': { name: '<script>alert(1)</script>', role: '[x](command:evil)' } });
    assert.deepEqual(hoverIn(ESCAPING, 'Б.Ор|лов: Здравствуйте', 'en', { uri: ESCAPING_URI, register }), {
      range: '9:0-9:7',
      value: md(
        '**Б\\.Орлов** — \\[x\\]\\(command:evil\\) &lt;script&gt;alert\\(1\\)&lt;/script&gt;',
        '',
        '*from stenogram.speakers.json*',
        '',
        '2 turns · 5 words · 35.7% of the words',
        '',
        `First turn: [line 10](${ESCAPING_URI}#L10) · last turn: [line 14](${ESCAPING_URI}#L14)`,
      ),
    });
  });

  test('a register name on two lines, with emphasis and an entity, stays on the first line as text', () => {
    const register = registerOf({ 'Б.Орлов': { name: 'Борис\n# Орлов *_~~ &amp;' } });
    assert.deepEqual(hoverIn(ESCAPING, 'Б.Ор|лов: Здравствуйте', 'ru', { uri: ESCAPING_URI, register }), {
      range: '9:0-9:7',
      value: md(
        '**Б\\.Орлов** — Борис \\# Орлов \\*\\_\\~\\~ &amp;amp;',
        '',
        '*из stenogram.speakers.json*',
        '',
        `2 реплики · 5 слов · 35,7${NB}% всех слов`,
        '',
        `Первая реплика: [строка 10](${ESCAPING_URI}#L10) · последняя: [строка 14](${ESCAPING_URI}#L14)`,
      ),
    });
  });

  test('a source address with markdown in it: only its site is shown, escaped', () => {
    assert.deepEqual(hoverIn(ESCAPING, 'evil_s|ite', 'en', { uri: ESCAPING_URI }), {
      range: '15:0-15:49',
      value: md('Site: evil\\_site\\.example', '', 'Language version: Russian', '', 'Document id: 77', '', 'The web page, not the print version'),
    });
  });

  test('a mark with a backtick cannot close its code span', () => {
    assert.deepEqual(hoverInline('В.Путин: Да [a`|b] нет.', 'en'), {
      range: '0:12-0:17',
      value: "`[a'b]` — the editor’s insertion: words added for clarity, not said by the speaker.",
    });
  });

  test('every position of the escaping fixture, in both languages, with and without a hostile register: every hover is inert', () => {
    const register = registerOf({ 'Б.Орлов': { name: '<script>alert(1)</script>', role: '[x](command:evil) **b** _i_ `c`' } });
    const transcript = parseTranscript(ESCAPING);
    let hovers = 0;
    const text = ESCAPING.split('\n');
    for (let line = 0; line < text.length; line++) {
      for (let character = 0; character <= text[line].length; character++) {
        for (const locale of ['en', 'ru'] as const) {
          for (const reg of [undefined, register]) {
            const result = hover(transcript, { line, character }, { uri: ESCAPING_URI, locale, now: NOW, register: reg });
            if (!result) continue;
            hovers++;
            assertInert((result.contents as MarkupContent).value, ESCAPING_URI);
          }
        }
      }
    }
    assert.ok(hovers > 100, `${hovers} hovers checked`);
  });

  test('14. a right-to-left override (U+202E) in the title, a register name and a mark shows as \\u202e', () => {
    const text = 'Заседание \u202eлесонаК\n\n2020-01-15 10:00:00\n\nБ.Орлов: Здравствуйте [вставка \u202eакватс].\n';
    assert.equal(hoverIn(text, 'Засе|дание', 'en')?.value.split('\n')[0], '**Заседание \\\\u202eлесонаК**');
    const register = registerOf({ 'Б.Орлов': { name: 'Борис \u202eволрО' } });
    assert.equal(hoverIn(text, 'Б.Ор|лов', 'en', { register })?.value.split('\n')[0], '**Б\\.Орлов** — Борис \\\\u202eволрО');
    assert.equal(hoverIn(text, '[вст|авка', 'en')?.value, '`[вставка \\u202eакватс]` — the editor’s insertion: words added for clarity, not said by the speaker.');
  });
});

describe('hover on a speaker label: the turn’s time in the recording', () => {
  const RECORDING = lines('[00:01:23] Anna Lee: Hello there, everyone.', '[00:01:30] Bob Stone: Hi, Anna.', 'Anna Lee: Shall we begin?', '');

  test('a label with a timestamp: when the turn starts, after who this is (English)', () => {
    assert.deepEqual(hoverIn(RECORDING, '[00:01:30] Bob |Stone', 'en'), {
      range: '1:11-1:20',
      value: md(
        '**Bob Stone**',
        '',
        '*Neither the lead nor stenogram.speakers.json says who this is.*',
        '',
        'This turn starts at 00:01:30 in the recording',
        '',
        '1 turn · 2 words · 25% of the words',
        '',
        'Only turn: [line 2](file:///w/doc.transcript#L2)',
      ),
    });
  });

  test('the same in Russian', () => {
    assert.deepEqual(hoverIn(RECORDING, '[00:01:30] Bob |Stone', 'ru'), {
      range: '1:11-1:20',
      value: md(
        '**Bob Stone**',
        '',
        '*Ни вводная часть, ни stenogram.speakers.json не говорят, кто это.*',
        '',
        'Начало реплики в записи: 00:01:30',
        '',
        `1 реплика · 2 слова · 25${NB}% всех слов`,
        '',
        'Единственная реплика: [строка 2](file:///w/doc.transcript#L2)',
      ),
    });
  });

  test('a label of the same file without a timestamp: no time line', () => {
    assert.deepEqual(hoverIn(RECORDING, '|Anna Lee: Shall', 'en'), {
      range: '2:0-2:8',
      value: md(
        '**Anna Lee**',
        '',
        '*Neither the lead nor stenogram.speakers.json says who this is.*',
        '',
        '2 turns · 6 words · 75% of the words',
        '',
        'First turn: [line 1](file:///w/doc.transcript#L1) · last turn: [line 3](file:///w/doc.transcript#L3)',
      ),
    });
  });
});
