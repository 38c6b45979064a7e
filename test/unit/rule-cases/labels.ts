// The rules of one label line: a lost colon, the spacing around the colon, initials, case and script.
// Each case: what the trigger fixture shows, what its near-miss holds, its findings and every fix's text.
import { text, type RuleCase } from '../../helpers/rules';

export const LABEL_CASES = {
  'speaker-missing-colon': {
    shows: 'a label whose colon was lost, in a turn’s continuation and in the narration under a section heading',
    nearMiss: '`Е.Воронина отметила, что…` and `Е.Воронина, спасибо…` inside a turn; `Elena Loven, Portfolio Manager at Nordbank.` introducing herself',
    findings: [
      'speaker-missing-colon error 11:0-11:10 “Е.Воронина” starts a turn but has no colon after the label.',
      'speaker-missing-colon error 15:0-15:8 “Т.Гараев” starts a turn but has no colon after the label.',
    ],
    fixes: [
      [
        {
          title: 'Insert “:” after “Е.Воронина”',
          safe: true,
          text: text(
            'Совещание о ремонте дорог',
            '',
            '2024-03-14 10:00:00',
            '',
            'Озёрск',
            '',
            'Глава района Е.Воронина провела совещание о весеннем ремонте дорог.',
            '* * *',
            'Стенограмма совещания',
            'Е.Воронина: Добрый день, коллеги. Начнём с плана работ.',
            'Т.Гараев: Подрядчики готовы выйти на объекты в апреле.',
            'Е.Воронина: Сколько участков в плане?',
            'М.Ступина: Двенадцать, из них три мостовых перехода.',
            '* * *',
            'После перерыва',
            'Т.Гараев Продолжим с мостов.',
            'Е.Воронина: Слушаем.',
          ),
        },
      ],
      [
        {
          title: 'Insert “:” after “Т.Гараев”',
          safe: true,
          text: text(
            'Совещание о ремонте дорог',
            '',
            '2024-03-14 10:00:00',
            '',
            'Озёрск',
            '',
            'Глава района Е.Воронина провела совещание о весеннем ремонте дорог.',
            '* * *',
            'Стенограмма совещания',
            'Е.Воронина: Добрый день, коллеги. Начнём с плана работ.',
            'Т.Гараев: Подрядчики готовы выйти на объекты в апреле.',
            'Е.Воронина Сколько участков в плане?',
            'М.Ступина: Двенадцать, из них три мостовых перехода.',
            '* * *',
            'После перерыва',
            'Т.Гараев: Продолжим с мостов.',
            'Е.Воронина: Слушаем.',
          ),
        },
      ],
    ],
  },

  'speaker-space-before-colon': {
    shows: 'a space, and a no-break space, between the label and its colon',
    nearMiss: '` : ` inside the text (`Итог : …`, `3 : 1`), a translation note before the colon',
    findings: [
      'speaker-space-before-colon warning 0:0-0:11 Space before the colon of the label “Е.Воронина”.',
      'speaker-space-before-colon warning 2:0-2:10 Space before the colon of the label “М.Ступина”.',
    ],
    fixes: [
      [
        {
          title: 'Remove the space before the colon',
          safe: true,
          text: text('Е.Воронина: Начнём с плана работ.', 'Т.Гараев: Подрядчики готовы.', 'М.Ступина\u00A0: Финансирование открыто.'),
        },
      ],
      [
        {
          title: 'Remove the space before the colon',
          safe: true,
          text: text('Е.Воронина : Начнём с плана работ.', 'Т.Гараев: Подрядчики готовы.', 'М.Ступина: Финансирование открыто.'),
        },
      ],
    ],
  },

  'speaker-no-space-after-colon': {
    shows: 'text glued to the colon, a word and a remark',
    nearMiss: 'times `12:40` and a URL in the text; a label line whose text is on the next line',
    findings: [
      'speaker-no-space-after-colon warning 0:10-0:11 No space after the colon of the label “Е.Воронина”.',
      'speaker-no-space-after-colon warning 2:9-2:10 No space after the colon of the label “М.Ступина”.',
    ],
    fixes: [
      [
        {
          title: 'Insert a space after the colon',
          safe: true,
          text: text('Е.Воронина: Начнём с плана работ.', 'Т.Гараев: Подрядчики готовы.', 'М.Ступина:(Смеётся.) Да, открыто.'),
        },
      ],
      [
        {
          title: 'Insert a space after the colon',
          safe: true,
          text: text('Е.Воронина:Начнём с плана работ.', 'Т.Гараев: Подрядчики готовы.', 'М.Ступина: (Смеётся.) Да, открыто.'),
        },
      ],
    ],
  },

  'speaker-double-colon': {
    shows: '`::` and `:::` after a label (a warning now, not an error)',
    nearMiss: 'more colons further along the text; a prose line with one colon',
    findings: [
      'speaker-double-colon warning 0:11-0:12 The label “Е.Воронина” has more than one colon.',
      'speaker-double-colon warning 2:10-2:12 The label “М.Ступина” has more than one colon.',
    ],
    fixes: [
      [
        {
          title: 'Remove the extra colon',
          safe: true,
          text: text('Е.Воронина: Начнём с плана работ.', 'Т.Гараев: Подрядчики готовы.', 'М.Ступина::: Финансирование открыто.'),
        },
      ],
      [
        {
          title: 'Remove the extra colon',
          safe: true,
          text: text('Е.Воронина:: Начнём с плана работ.', 'Т.Гараев: Подрядчики готовы.', 'М.Ступина: Финансирование открыто.'),
        },
      ],
    ],
  },

  'speaker-initials-spacing': {
    shows: '`М. Ступина` and `Р. Т. Ильясов` in a file that writes `Е.Воронина`, `Т.Гараев`',
    nearMiss: 'an English file whose labels are all `A. Repik:` style',
    findings: [
      'speaker-initials-spacing warning 2:0-2:10 Write the initials without a space, as this file does: “М.Ступина”.',
      'speaker-initials-spacing warning 4:0-4:13 Write the initials without a space, as this file does: “Р.Т.Ильясов”.',
    ],
    fixes: [
      [
        {
          title: 'Change to “М.Ступина”',
          safe: true,
          text: text(
            'Е.Воронина: Начнём с плана работ.',
            'Т.Гараев: Подрядчики готовы.',
            'М.Ступина: Финансирование открыто.',
            'Е.Воронина: Хорошо.',
            'Р. Т. Ильясов: Добавлю о мостах.',
            'Т.Гараев: Согласен.',
          ),
        },
      ],
      [
        {
          title: 'Change to “Р.Т.Ильясов”',
          safe: true,
          text: text(
            'Е.Воронина: Начнём с плана работ.',
            'Т.Гараев: Подрядчики готовы.',
            'М. Ступина: Финансирование открыто.',
            'Е.Воронина: Хорошо.',
            'Р.Т.Ильясов: Добавлю о мостах.',
            'Т.Гараев: Согласен.',
          ),
        },
      ],
    ],
  },

  'speaker-lowercase': {
    shows: 'labels typed in lowercase: one of a speaker the file writes `Е.Воронина`, two the file does not know (one hyphenated)',
    nearMiss: '`т.е. это: …` and `и.о. главы района: …`, abbreviations opening prose',
    findings: [
      'speaker-lowercase warning 2:0-2:10 The label “е.воронина” is in lowercase; write “Е.Воронина”.',
      'speaker-lowercase warning 3:0-3:9 The label “м.ступина” is in lowercase; write “М.Ступина”.',
      'speaker-lowercase warning 4:0-4:12 The label “а.кара-мирза” is in lowercase; write “А.Кара-Мирза”.',
    ],
    fixes: [
      [
        {
          title: 'Change to “Е.Воронина”',
          safe: true,
          text: text(
            'Е.Воронина: Начнём с плана работ.',
            'Т.Гараев: Подрядчики готовы.',
            'Е.Воронина: Продолжим.',
            'м.ступина: Финансирование открыто.',
            'а.кара-мирза: Добавлю о мостах.',
          ),
        },
      ],
      [
        {
          title: 'Change to “М.Ступина”',
          safe: true,
          text: text(
            'Е.Воронина: Начнём с плана работ.',
            'Т.Гараев: Подрядчики готовы.',
            'е.воронина: Продолжим.',
            'М.Ступина: Финансирование открыто.',
            'а.кара-мирза: Добавлю о мостах.',
          ),
        },
      ],
      [
        {
          title: 'Change to “А.Кара-Мирза”',
          safe: true,
          text: text(
            'Е.Воронина: Начнём с плана работ.',
            'Т.Гараев: Подрядчики готовы.',
            'е.воронина: Продолжим.',
            'м.ступина: Финансирование открыто.',
            'А.Кара-Мирза: Добавлю о мостах.',
          ),
        },
      ],
    ],
  },

  'speaker-mixed-script': {
    // Line 2 opens with a Latin E; line 3 has a Latin p and a Latin e in the surname.
    shows: 'Latin look-alike letters inside Cyrillic labels: `E.Воронина`, `Т.Гаpаeв`',
    nearMiss: 'a Latin name with a Russian translation note, Latin words in the text of Russian turns',
    findings: [
      'speaker-mixed-script error 2:0-2:10 The label “E.Воронина” mixes scripts: Latin “E”.',
      'speaker-mixed-script error 3:0-3:8 The label “Т.Гаpаeв” mixes scripts: Latin “p”, Latin “e”.',
    ],
    fixes: [
      [
        {
          title: 'Replace the look-alike letters: “Е.Воронина”',
          safe: true,
          text: text('Е.Воронина: Начнём с плана работ.', 'Т.Гараев: Подрядчики готовы.', 'Е.Воронина: Продолжим.', 'Т.Гаpаeв: Согласен.'),
        },
      ],
      [
        {
          title: 'Replace the look-alike letters: “Т.Гараев”',
          safe: true,
          text: text('Е.Воронина: Начнём с плана работ.', 'Т.Гараев: Подрядчики готовы.', 'E.Воронина: Продолжим.', 'Т.Гараев: Согласен.'),
        },
      ],
    ],
  },
} satisfies Record<string, RuleCase>;
