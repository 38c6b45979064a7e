// computeStatistics: turns, words and share per speaker, most words first; the numbers behind the
// `stenogram/statistics` request and `stenogram stats`.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { computeStatistics } from '../../server/src/features';
import { parseTranscript } from '../../server/src/transcript';
import { readFixture } from '../helpers/fixtures';

const KREMLIN = { id: 'kremlin', name: 'kremlin.ru', detected: true };

function statsOf(fixture: string) {
  return computeStatistics(parseTranscript(readFixture(fixture)));
}

describe('computeStatistics', () => {
  test('small-outline.transcript: two speakers with 4 words each; the tie goes to the one who spoke first', () => {
    assert.deepEqual(statsOf('small-outline.transcript'), {
      title: 'Совещание по вопросам паводка',
      date: '2023-04-11 09:00:00',
      turns: 3,
      words: 8,
      sections: 1,
      speakers: [
        { key: 'и.лебедь', name: 'И.Лебедь', forms: ['И.Лебедь'], isRole: false, turns: 2, words: 4, share: 0.5, longestTurnWords: 3, firstTurnLine: 9, lastTurnLine: 12 },
        { key: 'р.мансуров', name: 'Р.Мансуров', forms: ['Р.Мансуров'], isRole: false, turns: 1, words: 4, share: 0.5, longestTurnWords: 4, firstTurnLine: 10, lastTurnLine: 10 },
      ],
      tradition: KREMLIN,
    });
  });

  test('only-turns.transcript: no header, no separator; the speaker with more words comes first', () => {
    assert.deepEqual(statsOf('only-turns.transcript'), {
      title: undefined,
      date: undefined,
      turns: 3,
      words: 29,
      sections: 0,
      speakers: [
        { key: 'н.абдуллаев', name: 'Н.Абдуллаев', forms: ['Н.Абдуллаев'], isRole: false, turns: 1, words: 18, share: 18 / 29, longestTurnWords: 18, firstTurnLine: 2, lastTurnLine: 2 },
        { key: 'в.соколов', name: 'В.Соколов', forms: ['В.Соколов'], isRole: false, turns: 2, words: 11, share: 11 / 29, longestTurnWords: 9, firstTurnLine: 0, lastTurnLine: 7 },
      ],
      tradition: KREMLIN,
    });
  });

  test('malformed-labels.transcript: a speaker whose turns are all empty has 0 words and share 0', () => {
    assert.deepEqual(statsOf('malformed-labels.transcript'), {
      title: undefined,
      date: undefined,
      turns: 6,
      words: 14,
      sections: 0,
      speakers: [
        { key: 'в.соколов', name: 'В.Соколов', forms: ['В.Соколов'], isRole: false, turns: 3, words: 10, share: 10 / 14, longestTurnWords: 4, firstTurnLine: 0, lastTurnLine: 3 },
        { key: 'р.мансуров', name: 'Р.Мансуров', forms: ['Р.Мансуров'], isRole: false, turns: 1, words: 4, share: 4 / 14, longestTurnWords: 4, firstTurnLine: 5, lastTurnLine: 5 },
        { key: 'н.абдуллаев', name: 'Н.Абдуллаев', forms: ['Н.Абдуллаев'], isRole: false, turns: 2, words: 0, share: 0, longestTurnWords: 0, firstTurnLine: 2, lastTurnLine: 4 },
      ],
      tradition: KREMLIN,
    });
  });

  test('label-forms.transcript: `В.Соколов` and `Соколов В.В.` are one speaker with both forms', () => {
    const stats = statsOf('label-forms.transcript');
    assert.deepEqual(
      stats.speakers.find((s) => s.key === 'в.соколов'),
      { key: 'в.соколов', name: 'В.Соколов', forms: ['В.Соколов', 'Соколов В.В.'], isRole: false, turns: 2, words: 5, share: 5 / 41, longestTurnWords: 3, firstTurnLine: 8, lastTurnLine: 20 },
    );
    assert.deepEqual([stats.turns, stats.words, stats.speakers.length, stats.sections], [13, 41, 12, 1]);
  });

  test('sections.transcript: `sections` counts the `* * *` separators', () => {
    assert.equal(statsOf('sections.transcript').sections, 3);
  });

  test('empty.transcript: zeros and no speakers', () => {
    assert.deepEqual(statsOf('empty.transcript'), { title: undefined, date: undefined, turns: 0, words: 0, sections: 0, speakers: [], tradition: KREMLIN });
  });

  test('the tradition: detected, or named by the setting; its name in the language asked for', () => {
    const press = ['MS. PSAKI:  Good afternoon.', 'Q    Thanks, Jen.', 'MS. PSAKI:  Go ahead.', ''].join('\n');
    assert.deepEqual(computeStatistics(parseTranscript(press)).tradition, { id: 'us-press', name: 'US press briefing', detected: true });
    assert.deepEqual(computeStatistics(parseTranscript(press), { locale: 'ru' }).tradition, { id: 'us-press', name: 'Брифинг (США)', detected: true });
    assert.deepEqual(computeStatistics(parseTranscript(press, { tradition: 'dialogue' }), { locale: 'ru' }).tradition, {
      id: 'dialogue',
      name: 'Дебаты / интервью',
      detected: false,
    });
  });
});
