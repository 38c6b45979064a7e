// The Speakers view's order (`stenogram.speakers.sortBy`): as they first speak, by turns or by
// words, most first; ties keep the order of appearance; a value the view does not know is
// `appearance`.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sortSpeakers, speakerOrderOf } from '../../client/src/speakerOrder';
import { speakersTree } from '../../server/src/features';
import { parseTranscript } from '../../server/src/transcript';

// В.Соколов speaks first, twice, 4 words; К.Лаптева once, 6 words; Н.Абдуллаев twice, 2 words;
// Вопрос (a role) once, 2 words.
const SPEAKERS = speakersTree(
  parseTranscript(
    [
      'В.Соколов: Начнём.',
      'К.Лаптева: По дорогам у меня три пункта.',
      'Н.Абдуллаев: Согласен.',
      'В.Соколов: Хорошо, спасибо большое.',
      'Вопрос: А мост?',
      'Н.Абдуллаев: Летом.',
      '',
    ].join('\n'),
  ),
);
const names = (order: 'appearance' | 'turns' | 'words') => sortSpeakers(SPEAKERS, order).map((s) => `${s.name} ${s.turns.length}/${s.words}`);

describe('sortSpeakers', () => {
  test('appearance: the server’s order, as they first speak', () => {
    assert.deepEqual(names('appearance'), ['В.Соколов 2/4', 'К.Лаптева 1/6', 'Н.Абдуллаев 2/2', 'Вопрос 1/2']);
  });

  test('turns: most first; equal turns, more words first; then the order of appearance', () => {
    assert.deepEqual(names('turns'), ['В.Соколов 2/4', 'Н.Абдуллаев 2/2', 'К.Лаптева 1/6', 'Вопрос 1/2']);
  });

  test('words: most first; equal words, more turns first; then the order of appearance', () => {
    assert.deepEqual(names('words'), ['К.Лаптева 1/6', 'В.Соколов 2/4', 'Н.Абдуллаев 2/2', 'Вопрос 1/2']);
  });

  test('the list handed in is left as it was', () => {
    sortSpeakers(SPEAKERS, 'words');
    assert.deepEqual(SPEAKERS.map((s) => s.name), ['В.Соколов', 'К.Лаптева', 'Н.Абдуллаев', 'Вопрос']);
  });
});

describe('speakerOrderOf', () => {
  test('the three values of the setting, and anything else as appearance', () => {
    assert.deepEqual(
      ['appearance', 'turns', 'words', 'Words', '', undefined, 3].map(speakerOrderOf),
      ['appearance', 'turns', 'words', 'appearance', 'appearance', 'appearance', 'appearance'],
    );
  });
});
