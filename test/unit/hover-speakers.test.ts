// Hover on a speaker label, as a pure function of the parsed model: who the speaker is (the lead's
// mention in the nominative, or stenogram.speakers.json), their numbers and first/last turn, and the
// turn's time in the recording — in English and in Russian. Every hover is also checked to be inert
// (helpers/hover.ts, which lists the fixtures' lines). Outputs we believe are wrong are asserted as
// they should be and marked todo.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { EN, EN_URI, hoverIn, hoverInline, lines, md, MEETING, MEETING_URI, registerOf } from '../helpers/hover';

const NB = '\u00A0';

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
