// The options of the diagnostic rules, on the rules' own fixtures: Russian messages and fix titles,
// a severity per rule and enable, and the initials style.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { computeFindings, RULE_CODES, type DiagnosticOptions, type RuleCode } from '../../server/src/features';
import { parseTranscript } from '../../server/src/transcript';
import { readFixture } from '../helpers/fixtures';
import { findingLine } from '../helpers/findings';
import { fixesOf, lint, nearMiss, text, trigger } from '../helpers/rules';
import { RULES } from './rule-cases';

describe('options: Russian messages and fix titles', () => {
  test('rule-speaker-missing-colon.transcript in Russian', () => {
    assert.deepEqual(lint(trigger('speaker-missing-colon'), { locale: 'ru' }), [
      'speaker-missing-colon error 11:0-11:10 «Е.Воронина» начинает реплику, но после метки нет двоеточия.',
      'speaker-missing-colon error 15:0-15:8 «Т.Гараев» начинает реплику, но после метки нет двоеточия.',
    ]);
    assert.deepEqual(
      fixesOf(trigger('speaker-missing-colon'), { locale: 'ru' }).map((fixes) => fixes.map((f) => f.title)),
      [['Вставить «:» после «Е.Воронина»'], ['Вставить «:» после «Т.Гараев»']],
    );
  });

  test('rule-speaker-lowercase.transcript in Russian', () => {
    assert.deepEqual(lint(trigger('speaker-lowercase'), { locale: 'ru' }), [
      'speaker-lowercase warning 2:0-2:10 Метка «е.воронина» написана строчными буквами; нужно «Е.Воронина».',
      'speaker-lowercase warning 3:0-3:9 Метка «м.ступина» написана строчными буквами; нужно «М.Ступина».',
      'speaker-lowercase warning 4:0-4:12 Метка «а.кара-мирза» написана строчными буквами; нужно «А.Кара-Мирза».',
    ]);
  });

  test('rule-speaker-mixed-script.transcript in Russian', () => {
    assert.deepEqual(lint(trigger('speaker-mixed-script'), { locale: 'ru' }), [
      'speaker-mixed-script error 2:0-2:10 В метке «E.Воронина» смешаны алфавиты: латинская «E».',
      'speaker-mixed-script error 3:0-3:8 В метке «Т.Гаpаeв» смешаны алфавиты: латинская «p», латинская «e».',
    ]);
  });

  test('rule-speaker-inconsistent-form.transcript in Russian, with both fix titles', () => {
    assert.deepEqual(lint(trigger('speaker-inconsistent-form'), { locale: 'ru' }), [
      'speaker-inconsistent-form warning 2:0-2:13 «Воронина Е.А.» в остальном файле записан как «Е.Воронина» (4 из 5 реплик).',
      'speaker-inconsistent-form warning 3:0-3:10 «Т.Р.Гараев» в остальном файле записан как «Т.Гараев» (3 из 5 реплик).',
      'speaker-inconsistent-form warning 5:0-5:10 «Т.Р.Гараев» в остальном файле записан как «Т.Гараев» (3 из 5 реплик).',
    ]);
    assert.deepEqual(
      fixesOf(trigger('speaker-inconsistent-form'), { locale: 'ru' }).map((fixes) => fixes.map((f) => f.title)),
      [
        ['Заменить на «Е.Воронина»'],
        ['Заменить на «Т.Гараев»', 'Заменить все «Т.Р.Гараев» на «Т.Гараев» в этом файле'],
        ['Заменить на «Т.Гараев»', 'Заменить все «Т.Р.Гараев» на «Т.Гараев» в этом файле'],
      ],
    );
  });

  test('rule-turn-embedded-label.transcript, rule-turn-repeated-speaker.transcript, rule-mark-unclosed.transcript in Russian', () => {
    assert.deepEqual(lint(trigger('turn-embedded-label'), { locale: 'ru' }), [
      'turn-embedded-label error 0:34-0:43 Метка «Т.Гараев» оказалась внутри текста предыдущей реплики.',
      'turn-embedded-label error 1:22-1:33 Метка «Е.Воронина» оказалась внутри текста предыдущей реплики.',
    ]);
    assert.deepEqual(lint(trigger('turn-repeated-speaker'), { locale: 'ru' }), ['turn-repeated-speaker hint 2:0-2:8 «Т.Гараев» выступает два раза подряд.']);
    assert.deepEqual(lint(trigger('mark-unclosed'), { locale: 'ru' }), [
      'mark-unclosed warning 0:18-0:19 «(» открыта здесь и не закрыта в этой строке.',
      'mark-unclosed warning 1:18-1:19 «[» открыта здесь и не закрыта в этой строке.',
      'mark-unclosed warning 2:18-2:22 «&lt;» открыта здесь и не закрыта в этой строке.',
    ]);
  });

  test('the language changes the words only: Russian fixes make the same edits as English ones', () => {
    for (const code of RULE_CODES) {
      const texts = (locale: 'en' | 'ru') => fixesOf(trigger(code), { locale }).map((fixes) => fixes.map((f) => [f.safe, f.text]));
      assert.deepEqual(texts('ru'), texts('en'), code);
    }
  });
});

describe('options: severity per rule, and enable', () => {
  const cases: [code: RuleCode, setting: 'hint' | 'information' | 'warning' | 'error', expected: string[]][] = [
    ['turn-repeated-speaker', 'error', ['turn-repeated-speaker error 2:0-2:8 “Т.Гараев” speaks twice in a row.']],
    [
      'speaker-missing-colon',
      'warning',
      [
        'speaker-missing-colon warning 11:0-11:10 “Е.Воронина” starts a turn but has no colon after the label.',
        'speaker-missing-colon warning 15:0-15:8 “Т.Гараев” starts a turn but has no colon after the label.',
      ],
    ],
    [
      'mark-unclosed',
      'information',
      [
        'mark-unclosed info 0:18-0:19 “(” is opened here and not closed on this line.',
        'mark-unclosed info 1:18-1:19 “[” is opened here and not closed on this line.',
        'mark-unclosed info 2:18-2:22 “&lt;” is opened here and not closed on this line.',
      ],
    ],
    [
      'turn-embedded-label',
      'hint',
      [
        'turn-embedded-label hint 0:34-0:43 The label “Т.Гараев” is glued inside the previous turn’s text.',
        'turn-embedded-label hint 1:22-1:33 The label “Е.Воронина” is glued inside the previous turn’s text.',
      ],
    ],
  ];
  for (const [code, setting, expected] of cases) {
    test(`{ severity: { '${code}': '${setting}' } } on rule-${code}.transcript: the same findings and fixes at that severity`, () => {
      const options: DiagnosticOptions = { severity: { [code]: setting } };
      assert.deepEqual(lint(trigger(code), options), expected);
      assert.deepEqual(fixesOf(trigger(code), options), RULES[code].fixes);
    });
  }

  test(`'off' silences that rule only; a setting for another rule changes nothing`, () => {
    const source = text('Е.Воронина: Начнём.', 'е.воронина: Продолжим.');
    assert.deepEqual(lint(source), [
      'speaker-lowercase warning 1:0-1:10 The label “е.воронина” is in lowercase; write “Е.Воронина”.',
      'turn-repeated-speaker hint 1:0-1:10 “е.воронина” speaks twice in a row.',
    ]);
    assert.deepEqual(lint(source, { severity: { 'speaker-lowercase': 'off' } }), ['turn-repeated-speaker hint 1:0-1:10 “е.воронина” speaks twice in a row.']);
    assert.deepEqual(lint(source, { severity: { 'turn-repeated-speaker': 'off' } }), [
      'speaker-lowercase warning 1:0-1:10 The label “е.воронина” is in lowercase; write “Е.Воронина”.',
    ]);
    assert.deepEqual(lint(trigger('speaker-lowercase'), { severity: { 'turn-empty': 'error', 'speaker-lowercase': 'off' } }), []);
  });

  test('every rule can be turned off on its own fixture', () => {
    for (const code of RULE_CODES) assert.deepEqual(lint(trigger(code), { ...RULES[code].options, severity: { [code]: 'off' } }), [], code);
  });

  test('{ enable: false } silences every rule, whatever the severities say', () => {
    for (const code of RULE_CODES) {
      assert.deepEqual(lint(trigger(code), { ...RULES[code].options, enable: false }), [], code);
      assert.deepEqual(lint(trigger(code), { ...RULES[code].options, enable: false, severity: { [code]: 'error' } }), [], code);
    }
    assert.deepEqual(lint(readFixture('malformed-labels.transcript'), { enable: false }), []);
  });

  test('{ enable: true } is the default', () => {
    for (const code of RULE_CODES) assert.deepEqual(lint(trigger(code), { ...RULES[code].options, enable: true }), RULES[code].findings, code);
  });
});

/** `code severity range`: what a forced initials style reports, its wording aside (see the todo below). */
function findingPlaces(source: string, options: DiagnosticOptions): string[] {
  return computeFindings(parseTranscript(source), options).map((f) => findingLine(f).split(' ').slice(0, 3).join(' '));
}

describe('options: initials style', () => {
  test(`'auto' and 'compact' flag the same labels on rule-speaker-initials-spacing.transcript, which writes most initials compact; a forced style names the setting`, () => {
    assert.deepEqual(lint(trigger('speaker-initials-spacing'), { initials: 'auto' }), RULES['speaker-initials-spacing'].findings);
    assert.deepEqual(lint(trigger('speaker-initials-spacing'), { initials: 'compact' }), [
      'speaker-initials-spacing warning 2:0-2:10 Write the initials without a space (setting stenogram.labels.initials): “М.Ступина”.',
      'speaker-initials-spacing warning 4:0-4:13 Write the initials without a space (setting stenogram.labels.initials): “Р.Т.Ильясов”.',
    ]);
  });

  test(`'spaced' forced on rule-speaker-initials-spacing.transcript: the compact labels are flagged, the spaced ones are not`, () => {
    const source = trigger('speaker-initials-spacing');
    assert.deepEqual(findingPlaces(source, { initials: 'spaced' }), [
      'speaker-initials-spacing warning 0:0-0:10',
      'speaker-initials-spacing warning 1:0-1:8',
      'speaker-initials-spacing warning 3:0-3:10',
      'speaker-initials-spacing warning 5:0-5:8',
    ]);
    const lines = [
      'Е.Воронина: Начнём с плана работ.',
      'Т.Гараев: Подрядчики готовы.',
      'М. Ступина: Финансирование открыто.',
      'Е.Воронина: Хорошо.',
      'Р. Т. Ильясов: Добавлю о мостах.',
      'Т.Гараев: Согласен.',
    ];
    assert.equal(source, text(...lines));
    assert.deepEqual(fixesOf(source, { initials: 'spaced' }), [
      [
        {
          title: 'Change to “Е. Воронина”',
          safe: true,
          text: text(
            'Е. Воронина: Начнём с плана работ.',
            'Т.Гараев: Подрядчики готовы.',
            'М. Ступина: Финансирование открыто.',
            'Е.Воронина: Хорошо.',
            'Р. Т. Ильясов: Добавлю о мостах.',
            'Т.Гараев: Согласен.',
          ),
        },
      ],
      [
        {
          title: 'Change to “Т. Гараев”',
          safe: true,
          text: text(
            'Е.Воронина: Начнём с плана работ.',
            'Т. Гараев: Подрядчики готовы.',
            'М. Ступина: Финансирование открыто.',
            'Е.Воронина: Хорошо.',
            'Р. Т. Ильясов: Добавлю о мостах.',
            'Т.Гараев: Согласен.',
          ),
        },
      ],
      [
        {
          title: 'Change to “Е. Воронина”',
          safe: true,
          text: text(
            'Е.Воронина: Начнём с плана работ.',
            'Т.Гараев: Подрядчики готовы.',
            'М. Ступина: Финансирование открыто.',
            'Е. Воронина: Хорошо.',
            'Р. Т. Ильясов: Добавлю о мостах.',
            'Т.Гараев: Согласен.',
          ),
        },
      ],
      [
        {
          title: 'Change to “Т. Гараев”',
          safe: true,
          text: text(
            'Е.Воронина: Начнём с плана работ.',
            'Т.Гараев: Подрядчики готовы.',
            'М. Ступина: Финансирование открыто.',
            'Е.Воронина: Хорошо.',
            'Р. Т. Ильясов: Добавлю о мостах.',
            'Т. Гараев: Согласен.',
          ),
        },
      ],
    ]);
  });

  test(`'compact' forced on rule-speaker-initials-spacing.near-miss.transcript (all \`A. Repik\`): every label is flagged`, () => {
    const source = nearMiss('speaker-initials-spacing');
    assert.deepEqual(findingPlaces(source, { initials: 'compact' }), [
      'speaker-initials-spacing warning 0:0-0:8',
      'speaker-initials-spacing warning 1:0-1:10',
      'speaker-initials-spacing warning 2:0-2:8',
      'speaker-initials-spacing warning 3:0-3:10',
    ]);
    assert.deepEqual(fixesOf(source, { initials: 'compact' }), [
      [
        {
          title: 'Change to “A.Repik”',
          safe: true,
          text: text('A.Repik: Good afternoon, colleagues.', 'P. Sorokin: Thank you for the invitation.', 'A. Repik: Let us begin with the harbour.', 'D. Valeyev: The cranes are old.'),
        },
      ],
      [
        {
          title: 'Change to “P.Sorokin”',
          safe: true,
          text: text('A. Repik: Good afternoon, colleagues.', 'P.Sorokin: Thank you for the invitation.', 'A. Repik: Let us begin with the harbour.', 'D. Valeyev: The cranes are old.'),
        },
      ],
      [
        {
          title: 'Change to “A.Repik”',
          safe: true,
          text: text('A. Repik: Good afternoon, colleagues.', 'P. Sorokin: Thank you for the invitation.', 'A.Repik: Let us begin with the harbour.', 'D. Valeyev: The cranes are old.'),
        },
      ],
      [
        {
          title: 'Change to “D.Valeyev”',
          safe: true,
          text: text('A. Repik: Good afternoon, colleagues.', 'P. Sorokin: Thank you for the invitation.', 'A. Repik: Let us begin with the harbour.', 'D.Valeyev: The cranes are old.'),
        },
      ],
    ]);
  });

  test(`'spaced' forced on the all-\`A. Repik\` file, and 'compact' on it left to 'auto', flag nothing`, () => {
    assert.deepEqual(lint(nearMiss('speaker-initials-spacing'), { initials: 'spaced' }), []);
    assert.deepEqual(lint(nearMiss('speaker-initials-spacing'), { initials: 'auto' }), []);
  });
});
