// Speaker labels: every real label form starts a turn with the right name, key and form; prose
// with an early colon never does; malformed labels are turns that carry what is wrong with them.
// Label shapes are the public ones of FORMAT.md and the corpus notes; the sentences after them,
// and the people where a real one is not needed for the shape, are our own.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTranscript, type LabelForm } from '../../server/src/transcript';
import { readFixture } from '../helpers/fixtures';
import { labelRangesView, speakersView, turnView } from '../helpers/view';

const NB = '\u00A0';

interface Expected {
  label: string;
  name: string;
  key: string;
  form: LabelForm;
  note?: string;
  tooltip?: string;
  text: string;
}

/** The one turn a one-line text makes, as plain data. */
function onlyTurn(line: string): Expected | undefined {
  const t = parseTranscript(line);
  if (t.turns.length !== 1) return undefined;
  const l = t.turns[0].label;
  const out: Expected = { label: l.text, name: l.name, key: l.key, form: l.form, text: t.turns[0].text.text };
  if (l.note) out.note = l.note.text;
  if (l.tooltip) out.tooltip = l.tooltip.text;
  return out;
}

const LABEL_FORMS: [line: string, expected: Expected][] = [
  // initial(s) + surname, no spaces
  ['В.Путин: Добрый день, коллеги.', { label: 'В.Путин', name: 'В.Путин', key: 'в.путин', form: 'initials', text: 'Добрый день, коллеги.' }],
  ['Н.Назарбаев: Спасибо за приглашение.', { label: 'Н.Назарбаев', name: 'Н.Назарбаев', key: 'н.назарбаев', form: 'initials', text: 'Спасибо за приглашение.' }],
  ['Р.Т.Эрдоган: Мы готовы работать.', { label: 'Р.Т.Эрдоган', name: 'Р.Т.Эрдоган', key: 'р.эрдоган', form: 'initials', text: 'Мы готовы работать.' }],
  ['А.Кара-Мурза: Позвольте добавить.', { label: 'А.Кара-Мурза', name: 'А.Кара-Мурза', key: 'а.кара-мурза', form: 'initials', text: 'Позвольте добавить.' }],
  ['В.В.Путин: Здравствуйте.', { label: 'В.В.Путин', name: 'В.В.Путин', key: 'в.путин', form: 'initials', text: 'Здравствуйте.' }],
  // name without initials
  ['Си Цзиньпин: Благодарю за тёплый приём.', { label: 'Си Цзиньпин', name: 'Си Цзиньпин', key: 'си цзиньпин', form: 'name', text: 'Благодарю за тёплый приём.' }],
  ['Ким Чен Ын: Мы поддерживаем проект.', { label: 'Ким Чен Ын', name: 'Ким Чен Ын', key: 'ким чен ын', form: 'name', text: 'Мы поддерживаем проект.' }],
  [
    'Мин Аун Хлайн (как переведено): Уважаемый господин Президент.',
    { label: 'Мин Аун Хлайн (как переведено)', name: 'Мин Аун Хлайн', key: 'мин аун хлайн', form: 'name', note: '(как переведено)', text: 'Уважаемый господин Президент.' },
  ],
  // role + name, first appearance in English transcripts
  [
    'President of Russia Vladimir Putin: Good evening, colleagues.',
    { label: 'President of Russia Vladimir Putin', name: 'Vladimir Putin', key: 'vladimir putin', form: 'role-name', text: 'Good evening, colleagues.' },
  ],
  [
    `President of${NB}Russia Vladimir Putin: Good evening, colleagues.`,
    { label: `President of${NB}Russia Vladimir Putin`, name: 'Vladimir Putin', key: 'vladimir putin', form: 'role-name', text: 'Good evening, colleagues.' },
  ],
  [
    'Russian Science Foundation General Director Alexander Khlunov: Thank you.',
    { label: 'Russian Science Foundation General Director Alexander Khlunov', name: 'Alexander Khlunov', key: 'alexander khlunov', form: 'role-name', text: 'Thank you.' },
  ],
  [
    'Greta Lindqvist, metrology engineer: The scales are calibrated.',
    { label: 'Greta Lindqvist, metrology engineer', name: 'Greta Lindqvist', key: 'greta lindqvist', form: 'role-name', text: 'The scales are calibrated.' },
  ],
  // full name (English)
  ['Vladimir Putin: What do you think?', { label: 'Vladimir Putin', name: 'Vladimir Putin', key: 'vladimir putin', form: 'name', text: 'What do you think?' }],
  ['Dmitry Peskov: Next question, please.', { label: 'Dmitry Peskov', name: 'Dmitry Peskov', key: 'dmitry peskov', form: 'name', text: 'Next question, please.' }],
  [`Marek${NB}Nowak: Thank you.`, { label: `Marek${NB}Nowak`, name: `Marek${NB}Nowak`, key: 'marek nowak', form: 'name', text: 'Thank you.' }],
  ['Karl-Heinz von Arden: Thank you.', { label: 'Karl-Heinz von Arden', name: 'Karl-Heinz von Arden', key: 'karl-heinz von arden', form: 'name', text: 'Thank you.' }],
  ['Omar K. Haddad: Thank you.', { label: 'Omar K. Haddad', name: 'Omar K. Haddad', key: 'omar k. haddad', form: 'name', text: 'Thank you.' }],
  ['T. Norrby: Thank you.', { label: 'T. Norrby', name: 'T. Norrby', key: 't.norrby', form: 'initials', text: 'Thank you.' }],
  // role only
  ['Вопрос: Когда начнётся строительство?', { label: 'Вопрос', name: 'Вопрос', key: 'вопрос', form: 'role', text: 'Когда начнётся строительство?' }],
  ['Реплика: Уже началось!', { label: 'Реплика', name: 'Реплика', key: 'реплика', form: 'role', text: 'Уже началось!' }],
  ['Голос из зала: А мост?', { label: 'Голос из зала', name: 'Голос из зала', key: 'голос из зала', form: 'role', text: 'А мост?' }],
  ['Ведущий: Переходим к следующему блоку.', { label: 'Ведущий', name: 'Ведущий', key: 'ведущий', form: 'role', text: 'Переходим к следующему блоку.' }],
  ['Question: When will the work begin?', { label: 'Question', name: 'Question', key: 'question', form: 'role', text: 'When will the work begin?' }],
  ['Remark: It has already begun!', { label: 'Remark', name: 'Remark', key: 'remark', form: 'role', text: 'It has already begun!' }],
  ['Response: Not on our street.', { label: 'Response', name: 'Response', key: 'response', form: 'role', text: 'Not on our street.' }],
  ['Question from Izhevsk: Good afternoon.', { label: 'Question from Izhevsk', name: 'Question from Izhevsk', key: 'question from izhevsk', form: 'role', text: 'Good afternoon.' }],
  [
    'Question (retranslated): Mr Lund, a question.',
    { label: 'Question (retranslated)', name: 'Question', key: 'question', form: 'role', note: '(retranslated)', text: 'Mr Lund, a question.' },
  ],
  // translated speech, stage notes before the colon
  [
    'Э.Макрон (как переведено): Благодарю Вас.',
    { label: 'Э.Макрон (как переведено)', name: 'Э.Макрон', key: 'э.макрон', form: 'initials', note: '(как переведено)', text: 'Благодарю Вас.' },
  ],
  [
    'Emmanuel Macron (retranslated): Thank you.',
    { label: 'Emmanuel Macron (retranslated)', name: 'Emmanuel Macron', key: 'emmanuel macron', form: 'name', note: '(retranslated)', text: 'Thank you.' },
  ],
  [
    'М.Диас-Канель Бермудес (как переведено): Дорогой друг!',
    {
      label: 'М.Диас-Канель Бермудес (как переведено)',
      name: 'М.Диас-Канель Бермудес',
      key: 'м.диас-канель бермудес',
      form: 'initials',
      note: '(как переведено)',
      text: 'Дорогой друг!',
    },
  ],
  [
    'Х.Бен Салем Аль Харби (как переведено): Благодарю.',
    { label: 'Х.Бен Салем Аль Харби (как переведено)', name: 'Х.Бен Салем Аль Харби', key: 'х.бен салем аль харби', form: 'initials', note: '(как переведено)', text: 'Благодарю.' },
  ],
  [
    'Vladimir Putin (Answering a question from the audience): Yes.',
    {
      label: 'Vladimir Putin (Answering a question from the audience)',
      name: 'Vladimir Putin',
      key: 'vladimir putin',
      form: 'name',
      note: '(Answering a question from the audience)',
      text: 'Yes.',
    },
  ],
  [
    'Inna Sorokina (Northern Region): Thank you.',
    { label: 'Inna Sorokina (Northern Region)', name: 'Inna Sorokina', key: 'inna sorokina', form: 'name', note: '(Northern Region)', text: 'Thank you.' },
  ],
  // surname + initials
  ['Путин В.В.: Спасибо всем.', { label: 'Путин В.В.', name: 'Путин В.В.', key: 'в.путин', form: 'surname-initials', text: 'Спасибо всем.' }],
  // the scraped tooltip of ru-flat/ (not the real format, but it must not break the turn)
  [
    'Т.Миронов Миронов Павел Андреевич Министр транспорта : Доброе утро.',
    {
      label: 'Т.Миронов Миронов Павел Андреевич Министр транспорта',
      name: 'Т.Миронов',
      key: 'т.миронов',
      form: 'initials',
      tooltip: 'Миронов Павел Андреевич Министр транспорта',
      text: 'Доброе утро.',
    },
  ],
];

describe('speaker labels: every real form starts a turn', () => {
  for (const [line, expected] of LABEL_FORMS) {
    test(line, () => {
      assert.deepEqual(onlyTurn(line), expected);
    });
  }

  test('an ALL-CAPS role + name label names the person and shares the key of the person’s later label (caps-label.transcript)', () => {
    const t = parseTranscript(readFixture('caps-label.transcript'));
    assert.deepEqual(
      t.turns.map((turn) => [turn.startLine, turn.label.text, turn.label.key, turn.label.form]),
      [
        [0, 'DEPUTY CHAIRMAN OF THE STATE COUNCIL AND PRESS SECRETARY TOMAS WIK', 'tomas wik', 'caps'],
        [1, 'Peter Lund', 'peter lund', 'name'],
        [2, 'Tomas Wik', 'tomas wik', 'name'],
      ],
    );
    const register = speakersView(t);
    assert.deepEqual(Object.keys(register), ['tomas wik', 'peter lund']);
    assert.deepEqual(
      { ...register['tomas wik'], forms: [...register['tomas wik'].forms].sort() },
      {
        displayName: 'Tomas Wik',
        forms: ['TOMAS WIK ×1', 'Tomas Wik ×1'],
        isRole: false,
        turns: [0, 2],
        words: 9,
      },
    );
  });

  test(
    'an ALL-CAPS role + name label names the person, as a mixed-case role + name label does',

    () => {
      assert.deepEqual(onlyTurn('PRESIDENTIAL PRESS SECRETARY DMITRY PESKOV: Next question.'), {
        label: 'PRESIDENTIAL PRESS SECRETARY DMITRY PESKOV',
        name: 'DMITRY PESKOV',
        key: 'dmitry peskov',
        form: 'caps',
        text: 'Next question.',
      });
    },
  );

  test(
    'a name without initials whose last word is one letter: `Ван И (как переведено):`',

    () => {
      assert.deepEqual(onlyTurn('Ван И (как переведено): Уважаемый господин Президент.'), {
        label: 'Ван И (как переведено)',
        name: 'Ван И',
        key: 'ван и',
        form: 'name',
        note: '(как переведено)',
        text: 'Уважаемый господин Президент.',
      });
    },
  );

  test(
    'a name ending in an `al-` particle word: `Bashar al-Assad:`',

    () => {
      assert.deepEqual(onlyTurn('Karim al-Nasser: Thank you.'), {
        label: 'Karim al-Nasser',
        name: 'Karim al-Nasser',
        key: 'karim al-nasser',
        form: 'name',
        text: 'Thank you.',
      });
    },
  );

  test(
    'first name + place: `Dmitry, Moscow:`',

    () => {
      const t = parseTranscript('Peter Lund: Let us take calls.\nErik, Nordhavn: Good evening, I have a question about the ferry.');
      assert.deepEqual(
        t.turns.map((turn) => [turn.startLine, turn.label.text]),
        [
          [0, 'Peter Lund'],
          [1, 'Erik, Nordhavn'],
        ],
      );
    },
  );
});

describe('speaker labels: fixtures of every form', () => {
  test('label-forms.transcript: the Russian forms, one turn each', () => {
    const t = parseTranscript(readFixture('label-forms.transcript'));
    assert.deepEqual(
      t.turns.map((turn) => {
        const v = turnView(turn);
        return [v.line, v.label, v.name, v.key, v.form, v.note ?? null, v.text];
      }),
      [
        [8, 'В.Соколов', 'В.Соколов', 'в.соколов', 'initials', null, '8:11-8:32 Добрый день, коллеги.'],
        [9, 'Н.Абдуллаев', 'Н.Абдуллаев', 'н.абдуллаев', 'initials', null, '9:13-9:36 Спасибо за приглашение.'],
        [10, 'Р.Т.Ильясов', 'Р.Т.Ильясов', 'р.ильясов', 'initials', null, '10:13-10:37 Скажу коротко о дорогах.'],
        [11, 'А.Кара-Мирза', 'А.Кара-Мирза', 'а.кара-мирза', 'initials', null, '11:14-11:42 Позвольте добавить о мостах.'],
        [12, 'Ли Минчжэ', 'Ли Минчжэ', 'ли минчжэ', 'name', null, '12:11-12:37 Благодарю за тёплый приём.'],
        [13, 'Ким Ён Су', 'Ким Ён Су', 'ким ен су', 'name', null, '13:11-13:39 Мы поддерживаем этот проект.'],
        [14, 'Вопрос', 'Вопрос', 'вопрос', 'role', null, '14:8-14:37 Когда начнётся строительство?'],
        [15, 'Реплика', 'Реплика', 'реплика', 'role', null, '15:9-15:22 Уже началось!'],
        [16, 'Голос из зала', 'Голос из зала', 'голос из зала', 'role', null, '16:15-16:22 А мост?'],
        [17, 'Ведущий', 'Ведущий', 'ведущий', 'role', null, '17:9-17:38 Переходим к следующему блоку.'],
        [18, 'Ж.Моро (как переведено)', 'Ж.Моро', 'ж.моро', 'initials', '(как переведено)', '18:25-18:47 Мы готовы участвовать.'],
        [
          19,
          'Х.Перес-Гарсия Лопес (как переведено)',
          'Х.Перес-Гарсия Лопес',
          'х.перес-гарсия лопес',
          'initials',
          '(как переведено)',
          '19:39-19:65 Спасибо, господин Соколов.',
        ],
        [20, 'Соколов В.В.', 'Соколов В.В.', 'в.соколов', 'surname-initials', null, '20:14-20:27 Спасибо всем.'],
      ],
    );
    assert.deepEqual(
      t.turns.map((turn) => labelRangesView(turn)).filter((_, i) => [0, 10, 12].includes(i)),
      [
        { label: '8:0-8:9', name: '8:0-8:9', colon: '8:9-8:10', missingSpaceAfterColon: false, turn: '8:0-8:32' },
        { label: '18:0-18:23', name: '18:0-18:6', colon: '18:23-18:24', missingSpaceAfterColon: false, turn: '18:0-18:47' },
        { label: '20:0-20:12', name: '20:0-20:12', colon: '20:12-20:13', missingSpaceAfterColon: false, turn: '20:0-20:27' },
      ],
    );
    assert.deepEqual(speakersView(t), {
      'в.соколов': { displayName: 'В.Соколов', forms: ['В.Соколов ×1', 'Соколов В.В. ×1'], isRole: false, turns: [0, 12], words: 5 },
      'н.абдуллаев': { displayName: 'Н.Абдуллаев', forms: ['Н.Абдуллаев ×1'], isRole: false, turns: [1], words: 3 },
      'р.ильясов': { displayName: 'Р.Т.Ильясов', forms: ['Р.Т.Ильясов ×1'], isRole: false, turns: [2], words: 4 },
      'а.кара-мирза': { displayName: 'А.Кара-Мирза', forms: ['А.Кара-Мирза ×1'], isRole: false, turns: [3], words: 4 },
      'ли минчжэ': { displayName: 'Ли Минчжэ', forms: ['Ли Минчжэ ×1'], isRole: false, turns: [4], words: 4 },
      'ким ен су': { displayName: 'Ким Ён Су', forms: ['Ким Ён Су ×1'], isRole: false, turns: [5], words: 4 },
      вопрос: { displayName: 'Вопрос', forms: ['Вопрос ×1'], isRole: true, turns: [6], words: 3 },
      реплика: { displayName: 'Реплика', forms: ['Реплика ×1'], isRole: true, turns: [7], words: 2 },
      'голос из зала': { displayName: 'Голос из зала', forms: ['Голос из зала ×1'], isRole: true, turns: [8], words: 2 },
      ведущий: { displayName: 'Ведущий', forms: ['Ведущий ×1'], isRole: true, turns: [9], words: 4 },
      'ж.моро': { displayName: 'Ж.Моро', forms: ['Ж.Моро ×1'], isRole: false, turns: [10], words: 3 },
      'х.перес-гарсия лопес': { displayName: 'Х.Перес-Гарсия Лопес', forms: ['Х.Перес-Гарсия Лопес ×1'], isRole: false, turns: [11], words: 3 },
    });
  });

  test('label-forms-en.transcript: the English forms, one turn each', () => {
    const t = parseTranscript(readFixture('label-forms-en.transcript'));
    assert.deepEqual(
      t.turns.map((turn) => {
        const v = turnView(turn);
        return [v.line, v.label, v.name, v.key, v.form, v.note ?? null, v.text];
      }),
      [
        [8, 'Chairman of the State Council Peter Lund', 'Peter Lund', 'peter lund', 'role-name', null, '8:42-8:69 Good afternoon, colleagues.'],
        [
          9,
          'Coastal Research Foundation General Director Martin Ekholm',
          'Martin Ekholm',
          'martin ekholm',
          'role-name',
          null,
          '9:60-9:89 Thank you for the invitation.',
        ],
        [10, 'Peter Lund', 'Peter Lund', 'peter lund', 'name', null, '10:12-10:25 Please go on.'],
        [11, 'Question', 'Question', 'question', 'role', null, '11:10-11:35 When will the work begin?'],
        [12, 'Remark', 'Remark', 'remark', 'role', null, '12:8-12:29 It has already begun!'],
        [13, 'Response', 'Response', 'response', 'role', null, '13:10-13:28 Not on our street.'],
        [14, 'Claire Dubois (retranslated)', 'Claire Dubois', 'claire dubois', 'name', '(retranslated)', '14:30-14:56 We are ready to take part.'],
        [15, 'Ingrid Vale, port engineer', 'Ingrid Vale', 'ingrid vale', 'role-name', null, '15:28-15:47 The cranes are old.'],
        [16, 'Question from Nordhavn', 'Question from Nordhavn', 'question from nordhavn', 'role', null, '16:24-16:45 What about the ferry?'],
        [
          17,
          'Peter Lund (Answering a question from the audience)',
          'Peter Lund',
          'peter lund',
          'name',
          '(Answering a question from the audience)',
          '17:53-17:69 The ferry stays.',
        ],
        [18, 'T. Norrby', 'T. Norrby', 't.norrby', 'initials', null, '18:11-18:21 Thank you.'],
      ],
    );
    assert.deepEqual(
      t.turns.map((turn) => labelRangesView(turn)).filter((_, i) => [0, 7, 9].includes(i)),
      [
        { label: '8:0-8:40', name: '8:30-8:40', colon: '8:40-8:41', missingSpaceAfterColon: false, turn: '8:0-8:69' },
        { label: '15:0-15:26', name: '15:0-15:11', colon: '15:26-15:27', missingSpaceAfterColon: false, turn: '15:0-15:47' },
        { label: '17:0-17:51', name: '17:0-17:10', colon: '17:51-17:52', missingSpaceAfterColon: false, turn: '17:0-17:69' },
      ],
    );
    assert.deepEqual(speakersView(t), {
      'peter lund': { displayName: 'Peter Lund', forms: ['Peter Lund ×3'], isRole: false, turns: [0, 2, 9], words: 9 },
      'martin ekholm': { displayName: 'Martin Ekholm', forms: ['Martin Ekholm ×1'], isRole: false, turns: [1], words: 5 },
      question: { displayName: 'Question', forms: ['Question ×1'], isRole: true, turns: [3], words: 5 },
      remark: { displayName: 'Remark', forms: ['Remark ×1'], isRole: true, turns: [4], words: 4 },
      response: { displayName: 'Response', forms: ['Response ×1'], isRole: true, turns: [5], words: 4 },
      'claire dubois': { displayName: 'Claire Dubois', forms: ['Claire Dubois ×1'], isRole: false, turns: [6], words: 6 },
      'ingrid vale': { displayName: 'Ingrid Vale', forms: ['Ingrid Vale ×1'], isRole: false, turns: [7], words: 4 },
      'question from nordhavn': { displayName: 'Question from Nordhavn', forms: ['Question from Nordhavn ×1'], isRole: true, turns: [8], words: 4 },
      't.norrby': { displayName: 'T. Norrby', forms: ['T. Norrby ×1'], isRole: false, turns: [10], words: 2 },
    });
  });

  test('every way of writing one speaker shares one key: `В.Соколов`, `В. Соколов`, `В.В.Соколов`, `Соколов В.В.`, Latin `B.Соколов`', () => {
    const t = parseTranscript(
      ['В.Соколов: Первое.', 'Н.Абдуллаев: Второе.', 'В. Соколов: Третье.', 'В.В.Соколов: Четвёртое.', 'Соколов В.В.: Пятое.', 'B.Соколов: Шестое.'].join('\n'),
    );
    assert.deepEqual(
      t.turns.map((turn) => [turn.label.text, turn.label.key]),
      [
        ['В.Соколов', 'в.соколов'],
        ['Н.Абдуллаев', 'н.абдуллаев'],
        ['В. Соколов', 'в.соколов'],
        ['В.В.Соколов', 'в.соколов'],
        ['Соколов В.В.', 'в.соколов'],
        ['B.Соколов', 'в.соколов'],
      ],
    );
    assert.deepEqual(speakersView(t)['в.соколов'], {
      displayName: 'В.Соколов',
      forms: ['В.Соколов ×1', 'В. Соколов ×1', 'В.В.Соколов ×1', 'Соколов В.В. ×1', 'B.Соколов ×1'],
      isRole: false,
      turns: [0, 2, 3, 4, 5],
      words: 5,
    });
  });

  test(
    'forms that differ only by a no-break space are one form (nbsp.transcript)',

    () => {
      const register = speakersView(parseTranscript(readFixture('nbsp.transcript')));
      assert.deepEqual(
        Object.fromEntries(Object.entries(register).map(([key, s]) => [key, s.forms.map((f) => f.replace(/\u00A0/g, ' '))])),
        { 'peter lund': ['Peter Lund ×2'], 'anna hale': ['Anna Hale ×1'] },
      );
      assert.equal(register['peter lund'].forms.length, 1);
    },
  );
});

/** Prose lines with an early colon: inside a turn they stay continuation paragraphs. */
const NOT_LABELS_RU = [
  'Всем нам известно: год выдался непростым.',
  'Повестка дня: бюджет, дороги, школы.',
  'Итог простой: денег хватит.',
  'Итак: начинаем.',
  'Москва: новости дня.',
  'Начало в 12:40, перерыв в 14:00.',
  '12:40 – начало второй части.',
  'В 12:40: начало.',
  'Материалы лежат на сайте http://example.org/docs/budget, посмотрите.',
  'http://example.org/docs – там все материалы.',
  '1. Бюджет: принят.',
  '– Дороги: отремонтированы.',
  '(Обращаясь к В.Соколову.): вот наши цифры.',
  'В.Соколов без двоеточия продолжает мысль.',
  // An address by first name and patronymic, then a clause with a colon (found by npm run bench's
  // generated transcript, from a turn of samples/press-conference.transcript).
  'Ирина Викторовна, фельдшерско-акушерский пункт в Кедровке сейчас закрыт: фельдшер ушла на пенсию.',
  'Сергей Кужугетович, вопрос простой: когда?',
  // Lowercase abbreviations open prose, not a lowercase label.
  'т.е. это: главное.',
  'и.о. губернатора: тоже здесь.',
];
const NOT_LABELS_EN = [
  'Note: these figures are preliminary.',
  'Second: housing.',
  'One more thing: the ferry timetable.',
  'Mr President, my question is: when will the road open?',
  'Mr Lund, my question is: when?',
  // An SMS read out, the shape of `Lipetsk, Yevgeny Zaitsev: “…”`: place, name, colon, quotation.
  'Nordhavn, Erik Sand: “Please fix the road before winter.”',
  'Minister of Defence: Sergei Shoigu.',
  'Minister of Transport: Karl Holm.',
  '(Addressing Karl Holm.): you have the floor.',
  'See http://example.org/docs for the figures.',
  'At 12:40: the break.',
];

describe('near-misses: prose with a colon is not a label', () => {
  for (const [context, lines] of [
    ['В.Соколов: Начнём.', NOT_LABELS_RU],
    ['Peter Lund: Let us begin.', NOT_LABELS_EN],
  ] as const) {
    for (const line of lines) {
      test(line, () => {
        const t = parseTranscript(`${context}\n${line}`);
        assert.deepEqual(
          t.turns.map((turn) => [turn.startLine, turn.paragraphs.map((p) => p.text)]),
          [[0, [line]]],
        );
      });
    }
  }

  test('prose-with-colon.transcript: every colon line stays in the turn it continues', () => {
    const t = parseTranscript(readFixture('prose-with-colon.transcript'));
    assert.deepEqual(
      t.turns.map((turn) => [turn.startLine, turn.label.text, turn.text.text, turn.paragraphs.map((p) => `${p.range.start.line} ${p.text}`)]),
      [
        [
          0,
          'В.Соколов',
          'Коллеги, начнём.',
          [
            '1 Всем нам известно: год выдался непростым.',
            '2 Повестка дня: бюджет, дороги, школы.',
            '3 Начало в 12:40, перерыв в 14:00.',
            '4 12:40 – начало второй части.',
            '5 Материалы лежат на сайте http://example.org/docs/budget, посмотрите.',
          ],
        ],
        [6, 'Н.Абдуллаев', 'Добавлю одно.', ['7 (Обращаясь к В.Соколову.): вот наши цифры.', '8 Итог простой: денег хватит.']],
      ],
    );
    assert.equal(t.source, undefined, 'a URL inside the last paragraph is not the source line');
  });

  test('prose-with-colon-en.transcript: every colon line stays in the turn it continues', () => {
    const t = parseTranscript(readFixture('prose-with-colon-en.transcript'));
    assert.deepEqual(
      t.turns.map((turn) => [turn.startLine, turn.label.text, turn.text.text, turn.paragraphs.map((p) => `${p.range.start.line} ${p.text}`)]),
      [
        [
          0,
          'Peter Lund',
          'Let us begin.',
          ['1 Note: these figures are preliminary.', '2 Second: housing.', '3 One more thing: the ferry timetable.', '4 Minister of Transport: Karl Holm.'],
        ],
        [
          5,
          'Anna Hale',
          'Mr Lund, my question is: when?',
          [
            '6 Mr Lund, my question is: when will the road open?',
            '7 Nordhavn, Erik Sand: “Please fix the road before winter.”',
            '8 (Addressing Karl Holm.): you have the floor.',
          ],
        ],
      ],
    );
  });
});

describe('malformed labels are turns that say what is wrong', () => {
  test('a label typed in lowercase is a turn (diagnostics ask to capitalise it): `в.соколов:`, `н. абдуллаев:`, `а.кара-мирза:`', () => {
    const t = parseTranscript(['В.Соколов: Начнём.', 'в.соколов: строчными буквами.', 'н. абдуллаев: тоже строчными.', 'а.кара-мирза: и я.'].join('\n'));
    assert.deepEqual(
      t.turns.map((turn) => {
        const v = turnView(turn);
        return [v.line, v.label, v.name, v.key, v.form, v.text];
      }),
      [
        [0, 'В.Соколов', 'В.Соколов', 'в.соколов', 'initials', '0:11-0:18 Начнём.'],
        [1, 'в.соколов', 'в.соколов', 'в.соколов', 'initials', '1:11-1:29 строчными буквами.'],
        [2, 'н. абдуллаев', 'н. абдуллаев', 'н.абдуллаев', 'initials', '2:14-2:29 тоже строчными.'],
        [3, 'а.кара-мирза', 'а.кара-мирза', 'а.кара-мирза', 'initials', '3:14-3:18 и я.'],
      ],
    );
  });

  test('malformed-labels.transcript: `В.Соколов :`, `В.Соколов:Продолжу`, `Н.Абдуллаев::`, an empty turn', () => {
    const t = parseTranscript(readFixture('malformed-labels.transcript'));
    assert.deepEqual(
      t.turns.map((turn) => [turn.startLine, turn.label.text, turn.label.key, turn.text.text, turn.paragraphs.length]),
      [
        [0, 'В.Соколов', 'в.соколов', 'Начнём с главного.', 0],
        [1, 'В.Соколов', 'в.соколов', 'Продолжу без паузы.', 0],
        [2, 'Н.Абдуллаев', 'н.абдуллаев', '', 0],
        [3, 'В.Соколов', 'в.соколов', 'Вы что-то хотели сказать?', 0],
        [4, 'Н.Абдуллаев', 'н.абдуллаев', '', 0],
        [5, 'Р.Мансуров', 'р.мансуров', 'Я отвечу за коллегу.', 0],
      ],
    );
    assert.deepEqual(t.turns.map(labelRangesView), [
      { label: '0:0-0:9', name: '0:0-0:9', colon: '0:10-0:11', spaceBeforeColon: '0:9-0:10', missingSpaceAfterColon: false, turn: '0:0-0:30' },
      { label: '1:0-1:9', name: '1:0-1:9', colon: '1:9-1:10', missingSpaceAfterColon: true, turn: '1:0-1:29' },
      { label: '2:0-2:11', name: '2:0-2:11', colon: '2:11-2:12', extraColons: '2:12-2:13', missingSpaceAfterColon: false, turn: '2:0-2:13' },
      { label: '3:0-3:9', name: '3:0-3:9', colon: '3:9-3:10', missingSpaceAfterColon: false, turn: '3:0-3:36' },
      { label: '4:0-4:11', name: '4:0-4:11', colon: '4:11-4:12', missingSpaceAfterColon: false, turn: '4:0-4:12' },
      { label: '5:0-5:10', name: '5:0-5:10', colon: '5:10-5:11', missingSpaceAfterColon: false, turn: '5:0-5:32' },
    ]);
    assert.deepEqual(speakersView(t), {
      'в.соколов': { displayName: 'В.Соколов', forms: ['В.Соколов ×3'], isRole: false, turns: [0, 1, 3], words: 10 },
      'н.абдуллаев': { displayName: 'Н.Абдуллаев', forms: ['Н.Абдуллаев ×2'], isRole: false, turns: [2, 4], words: 0 },
      'р.мансуров': { displayName: 'Р.Мансуров', forms: ['Р.Мансуров ×1'], isRole: false, turns: [5], words: 4 },
    });
  });

  test('a space before the colon may be a no-break space: `Peter\\u00A0Lund\\u00A0:`', () => {
    const t = parseTranscript(readFixture('nbsp.transcript'));
    assert.deepEqual(labelRangesView(t.turns[1]), {
      label: '7:0-7:10',
      name: '7:0-7:10',
      colon: '7:11-7:12',
      spaceBeforeColon: '7:10-7:11',
      missingSpaceAfterColon: false,
      turn: '7:0-7:26',
    });
  });
});
