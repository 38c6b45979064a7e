// codeLenses: one lens above the first turn with the transcript's size — turns, speakers (people,
// not role labels) and words, each count with the word that agrees with it — whose command opens
// the statistics view for this document. No turns, no lens.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { codeLenses } from '../../server/src/features';
import { parseTranscript } from '../../server/src/transcript';

const URI = 'file:///work/%D0%B2%D1%81%D1%82%D1%80%D0%B5%D1%87%D0%B0.transcript';

const MEETING = [
  'Встреча с волонтёрами',
  '',
  '2023-05-02 15:00:00',
  '',
  'Владимир Путин встретился с волонтёрами.',
  'В.Путин: Добрый день, уважаемые друзья!',
  'Вопрос: Можно вопрос?',
  'В.Путин: Да, пожалуйста.',
  '(Смех.)',
  'Е.Корочкина: Спасибо большое.',
  'Мы работаем третий год.',
  '',
].join('\n');

function titleOf(text: string, locale: 'en' | 'ru'): string | undefined {
  return codeLenses(parseTranscript(text), URI, locale)[0]?.command?.title;
}

describe('codeLenses', () => {
  test('above the first turn’s label: 4 turns, 2 speakers (`Вопрос` is a role), 15 words; opens the statistics of this URI', () => {
    assert.deepEqual(codeLenses(parseTranscript(MEETING), URI, 'en'), [
      {
        range: { start: { line: 5, character: 0 }, end: { line: 5, character: 7 } },
        command: {
          title: '4 turns · 2 speakers · 15 words',
          tooltip: 'Show the statistics of this transcript',
          command: 'stenogram.showStatistics',
          arguments: [URI],
        },
      },
    ]);
  });

  test('in Russian', () => {
    assert.deepEqual(codeLenses(parseTranscript(MEETING), URI, 'ru'), [
      {
        range: { start: { line: 5, character: 0 }, end: { line: 5, character: 7 } },
        command: {
          title: '4 реплики · 2 спикера · 15 слов',
          tooltip: 'Показать статистику стенограммы',
          command: 'stenogram.showStatistics',
          arguments: [URI],
        },
      },
    ]);
  });

  test('each count agrees with its word: one', () => {
    const text = 'А.Иванов: Да.\n';
    assert.equal(titleOf(text, 'en'), '1 turn · 1 speaker · 1 word');
    assert.equal(titleOf(text, 'ru'), '1 реплика · 1 спикер · 1 слово');
  });

  test('each count agrees with its word: 5 turns, 5 speakers, 21 words', () => {
    const text = [
      'А.Иванов: Раз два три четыре пять.',
      'Б.Петров: Шесть семь восемь девять.',
      'В.Сидоров: Десять одиннадцать двенадцать.',
      'Г.Орлов: Тринадцать четырнадцать пятнадцать шестнадцать.',
      'Д.Зайцев: Семнадцать восемнадцать девятнадцать двадцать двадцать-один.',
    ].join('\n');
    assert.equal(titleOf(text, 'en'), '5 turns · 5 speakers · 21 words');
    assert.equal(titleOf(text, 'ru'), '5 реплик · 5 спикеров · 21 слово');
  });

  test('numbers are grouped as each language writes them: 1,234 / 1 234 (no-break space)', () => {
    const text = `А.Иванов: ${Array.from({ length: 1234 }, () => 'слово').join(' ')}\n`;
    assert.equal(titleOf(text, 'en'), '1 turn · 1 speaker · 1,234 words');
    assert.equal(titleOf(text, 'ru'), '1 реплика · 1 спикер · 1\u00A0234 слова');
  });

  test('role labels are not people: a transcript of questions alone has 0 speakers', () => {
    assert.equal(titleOf('Вопрос: Когда?\nВопрос: Где?\n', 'en'), '2 turns · 0 speakers · 2 words');
  });

  test('no lens without turns: a header and a lead only, or an empty document', () => {
    assert.deepEqual(codeLenses(parseTranscript('Встреча с волонтёрами\n\n2023-05-02 15:00:00\n\nВступительное слово.\n'), URI, 'en'), []);
    assert.deepEqual(codeLenses(parseTranscript(''), URI, 'en'), []);
  });
});
