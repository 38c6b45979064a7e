// The rules that compare a label with the other speakers of the file: a near miss, an inconsistent form.
// Each case: what the trigger fixture shows, what its near-miss holds, its findings and every fix's text.
import { text, type RuleCase } from '../../helpers/rules';

export const SPEAKER_CASES = {
  'speaker-unknown-near-miss': {
    shows: '`Е.Воронна`, once, beside `Е.Воронина`, who speaks twice',
    nearMiss: 'two different real-looking people, `А.Козлов` and `А.Орлов`; roles that speak once',
    findings: ['speaker-unknown-near-miss warning 4:0-4:9 “Е.Воронна” speaks only here; did you mean “Е.Воронина”?'],
    fixes: [
      [
        {
          title: 'Change to “Е.Воронина”',
          safe: false,
          text: text(
            'Е.Воронина: Начнём с плана работ.',
            'Т.Гараев: Подрядчики готовы.',
            'Е.Воронина: Хорошо. Что с мостами?',
            'Т.Гараев: Три перехода в работе.',
            'Е.Воронина: А сроки?',
            'Т.Гараев: Успеем к июлю.',
          ),
        },
      ],
    ],
  },

  'speaker-inconsistent-form': {
    shows: '`Воронина Е.А.` once where the file writes `Е.Воронина`; `Т.Р.Гараев` twice where it writes `Т.Гараев` three times',
    nearMiss: 'the English first-appearance convention: `President of the Council Anna Hale:` then `Anna Hale:`; a translation note',
    findings: [
      'speaker-inconsistent-form warning 2:0-2:13 “Воронина Е.А.” is written “Е.Воронина” elsewhere in this file (4 of 5 turns).',
      'speaker-inconsistent-form warning 3:0-3:10 “Т.Р.Гараев” is written “Т.Гараев” elsewhere in this file (3 of 5 turns).',
      'speaker-inconsistent-form warning 5:0-5:10 “Т.Р.Гараев” is written “Т.Гараев” elsewhere in this file (3 of 5 turns).',
    ],
    fixes: [
      [
        {
          title: 'Change to “Е.Воронина”',
          safe: false,
          text: text(
            'Е.Воронина: Начнём с плана работ.',
            'Т.Гараев: Подрядчики готовы.',
            'Е.Воронина: Что с мостами?',
            'Т.Р.Гараев: Три перехода в работе.',
            'Е.Воронина: А сроки?',
            'Т.Р.Гараев: Успеем к июлю.',
            'Е.Воронина: Спасибо.',
            'Т.Гараев: Пожалуйста.',
            'Е.Воронина: Итак, план принят.',
            'Т.Гараев: Приступаем.',
          ),
        },
      ],
      [
        {
          title: 'Change to “Т.Гараев”',
          safe: false,
          text: text(
            'Е.Воронина: Начнём с плана работ.',
            'Т.Гараев: Подрядчики готовы.',
            'Воронина Е.А.: Что с мостами?',
            'Т.Гараев: Три перехода в работе.',
            'Е.Воронина: А сроки?',
            'Т.Р.Гараев: Успеем к июлю.',
            'Е.Воронина: Спасибо.',
            'Т.Гараев: Пожалуйста.',
            'Е.Воронина: Итак, план принят.',
            'Т.Гараев: Приступаем.',
          ),
        },
        {
          title: 'Change every “Т.Р.Гараев” to “Т.Гараев” in this file',
          safe: false,
          text: text(
            'Е.Воронина: Начнём с плана работ.',
            'Т.Гараев: Подрядчики готовы.',
            'Воронина Е.А.: Что с мостами?',
            'Т.Гараев: Три перехода в работе.',
            'Е.Воронина: А сроки?',
            'Т.Гараев: Успеем к июлю.',
            'Е.Воронина: Спасибо.',
            'Т.Гараев: Пожалуйста.',
            'Е.Воронина: Итак, план принят.',
            'Т.Гараев: Приступаем.',
          ),
        },
      ],
      [
        {
          title: 'Change to “Т.Гараев”',
          safe: false,
          text: text(
            'Е.Воронина: Начнём с плана работ.',
            'Т.Гараев: Подрядчики готовы.',
            'Воронина Е.А.: Что с мостами?',
            'Т.Р.Гараев: Три перехода в работе.',
            'Е.Воронина: А сроки?',
            'Т.Гараев: Успеем к июлю.',
            'Е.Воронина: Спасибо.',
            'Т.Гараев: Пожалуйста.',
            'Е.Воронина: Итак, план принят.',
            'Т.Гараев: Приступаем.',
          ),
        },
        {
          title: 'Change every “Т.Р.Гараев” to “Т.Гараев” in this file',
          safe: false,
          text: text(
            'Е.Воронина: Начнём с плана работ.',
            'Т.Гараев: Подрядчики готовы.',
            'Воронина Е.А.: Что с мостами?',
            'Т.Гараев: Три перехода в работе.',
            'Е.Воронина: А сроки?',
            'Т.Гараев: Успеем к июлю.',
            'Е.Воронина: Спасибо.',
            'Т.Гараев: Пожалуйста.',
            'Е.Воронина: Итак, план принят.',
            'Т.Гараев: Приступаем.',
          ),
        },
      ],
    ],
  },
} satisfies Record<string, RuleCase>;
