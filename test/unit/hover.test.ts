// Hover as a pure function of the parsed model: the date line in words and how long ago, the title's
// make-up and speaking time, the source URL's parts, and what an editorial mark means — in English and
// in Russian (a speaker label's hover: hover-speakers.test.ts). `now` is pinned, so "how long ago" is
// fixed. Every hover is also checked to be inert: no link, HTML tag, emphasis or code from the
// transcript (helpers/hover.ts, which lists the fixtures' lines).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver-types';
import { hover } from '../../server/src/features';
import { parseTranscript } from '../../server/src/transcript';
import { assertInert, EN, ESCAPING, ESCAPING_URI, hoverIn, hoverInline, lines, md, MEETING, NOW, registerOf } from '../helpers/hover';

const NB = '\u00A0';

describe('hover on the date line', () => {
  test('weekday and full date in the transcript’s language, whatever the UI’s; how long ago in the UI’s', () => {
    // MEETING is a Russian transcript, EN an English one.
    assert.deepEqual(hoverIn(MEETING, '2017-12-27 12|:40', 'en'), {
      range: '2:0-2:19',
      value: md('**среда, 27 декабря 2017 г., 12:40**', '', '7 years ago'),
    });
    assert.deepEqual(hoverIn(MEETING, '2017-12-27 12|:40', 'ru'), {
      range: '2:0-2:19',
      value: md('**среда, 27 декабря 2017 г., 12:40**', '', '7 лет назад'),
    });
  });

  test('a date without a time', () => {
    assert.deepEqual(hoverIn(EN, '2019-03|-04', 'en'), { range: '2:0-2:10', value: md('**Monday, 4 March 2019**', '', '6 years ago') });
    assert.deepEqual(hoverIn(EN, '2019-03|-04', 'ru'), { range: '2:0-2:10', value: md('**Monday, 4 March 2019**', '', '6 лет назад') });
  });

  test('a date a few days before `now`', () => {
    assert.deepEqual(hoverInline(lines('Briefing', '', '2025-05-2|9 09:05', '', 'Anna Hale: Good morning.'), 'en'), {
      range: '2:0-2:16',
      value: md('**Thursday, 29 May 2025, 09:05**', '', '3 days ago'),
    });
  });

  test('a transcript with no turns yet is judged by its title and lead', () => {
    assert.deepEqual(hoverInline(lines('Совещание', '', '2025-05-2|9 09:05', '', 'Губернатор провела совещание.'), 'en'), {
      range: '2:0-2:16',
      value: md('**четверг, 29 мая 2025 г., 09:05**', '', '3 days ago'),
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
