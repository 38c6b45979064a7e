// The rules of turns, marks, the header and the file as a whole.
// Each case: what the trigger fixture shows, what its near-miss holds, its findings and every fix's text.
import { text, type RuleCase } from '../../helpers/rules';

export const TURN_CASES = {
  'turn-empty': {
    shows: 'a label with no text and no continuation, inside the file and as its last line',
    nearMiss: 'an empty label line whose text is on the next line; `Вопрос: (Без микрофона.)`',
    findings: ['turn-empty warning 1:0-1:8 The turn of “Т.Гараев” has no text.', 'turn-empty warning 3:0-3:10 The turn of “Е.Воронина” has no text.'],
    fixes: [
      [
        {
          title: 'Remove the empty turn',
          safe: false,
          text: text('Е.Воронина: Начнём с плана работ.', 'М.Ступина: Я отвечу за коллегу.', 'Е.Воронина:'),
        },
      ],
      [
        {
          title: 'Remove the empty turn',
          safe: false,
          text: text('Е.Воронина: Начнём с плана работ.', 'Т.Гараев:', 'М.Ступина: Я отвечу за коллегу.'),
        },
      ],
    ],
  },

  'turn-repeated-speaker': {
    shows: '`Т.Гараев:` twice in a row with nothing between',
    nearMiss: 'two `Вопрос:` in a row (different journalists); the same speaker either side of a `* * *`',
    findings: ['turn-repeated-speaker hint 2:0-2:8 “Т.Гараев” speaks twice in a row.'],
    fixes: [
      [
        {
          title: 'Merge with the previous turn of “Т.Гараев”',
          safe: false,
          text: text('Е.Воронина: Начнём с плана работ.', 'Т.Гараев: Подрядчики готовы.', 'И ещё одно: сроки сдвинулись.', 'М.Ступина: Финансирование открыто.'),
        },
      ],
    ],
  },

  'turn-embedded-label': {
    shows: 'a speaker’s label glued after the end of a sentence, and after a remark, inside another turn',
    nearMiss: 'sentences that name a speaker with no colon after the name, or in another case (`слово М.Ступиной: …`)',
    findings: [
      'turn-embedded-label error 0:34-0:43 The label “Т.Гараев” is glued inside the previous turn’s text.',
      'turn-embedded-label error 1:22-1:33 The label “Е.Воронина” is glued inside the previous turn’s text.',
    ],
    fixes: [
      [
        {
          title: 'Start a new turn at “Т.Гараев”',
          safe: true,
          text: text(
            'Е.Воронина: Начнём с плана работ.',
            'Т.Гараев: Подрядчики готовы.',
            'Т.Гараев: Да. (Смех.) Е.Воронина: Хорошо, продолжим.',
            'М.Ступина: Финансирование открыто.',
          ),
        },
      ],
      [
        {
          title: 'Start a new turn at “Е.Воронина”',
          safe: true,
          text: text(
            'Е.Воронина: Начнём с плана работ. Т.Гараев: Подрядчики готовы.',
            'Т.Гараев: Да. (Смех.)',
            'Е.Воронина: Хорошо, продолжим.',
            'М.Ступина: Финансирование открыто.',
          ),
        },
      ],
    ],
  },

  'mark-unclosed': {
    shows: '`(`, `[` and `&lt;` opened in a turn and not closed on their line (no fix: where the closer goes is the editor’s call)',
    nearMiss: 'balanced nested brackets `(см. [приложение 2])`, a stray closer `1)`, omissions, remarks, `…` alone',
    findings: [
      'mark-unclosed warning 0:18-0:19 “(” is opened here and not closed on this line.',
      'mark-unclosed warning 1:18-1:19 “[” is opened here and not closed on this line.',
      'mark-unclosed warning 2:18-2:22 “&lt;” is opened here and not closed on this line.',
    ],
    fixes: [[], [], []],
  },

  'header-date-invalid': {
    shows: '29 February of a year that is not a leap year (no fix: the right date is not in the file)',
    nearMiss: '29 February of a leap year, at midnight',
    findings: ['header-date-invalid error 2:0-2:19 The date line “2023-02-29 10:00:00” is not a real date or time (day 29 of a 28-day month).'],
    fixes: [[]],
  },

  'label-tooltip-artefact': {
    shows: 'a scraped person tooltip expanded after the label: surname repeated, full name, post',
    nearMiss: 'a speaker who introduces himself by full name and post in the text; a hyphenated surname',
    findings: [
      'label-tooltip-artefact warning 0:9-0:51 The label “Т.Гараев” carries a scraped tooltip (“Гараев Тимур Рустамович Министр транспорта”): the published form is “Т.Гараев:”.',
    ],
    fixes: [
      [
        {
          title: 'Remove the tooltip text',
          safe: false,
          text: text('Т.Гараев: Доброе утро.', 'Е.Воронина: Начнём с плана работ.', 'Т.Гараев: Подрядчики готовы.'),
        },
      ],
    ],
  },
  'labels-unrecognised': {
    shows: 'an interview whose labels end with a dash, a shape no tradition reads: every line is prose, and the file says so',
    nearMiss: 'the same interview with colons, and a line of prose whose items open with `First -`, `Second -`',
    findings: [
      'labels-unrecognised info 0:0-0:14 6 lines open like speaker labels (“Interviewer -” ×3, “John Hale -” ×3), but Stenogram reads 0 turns here. If they are labels, write them as “Name: text”, or set stenogram.tradition (CLI: --tradition) to the tradition they follow.',
    ],
    fixes: [[]],
  },
} satisfies Record<string, RuleCase>;
