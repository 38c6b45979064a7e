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
        { key: 'и.лебедь', name: 'И.Лебедь', forms: ['И.Лебедь'], isRole: false, turns: 2, words: 4, share: 0.5, longestTurnWords: 3, speakingSeconds: 2, audience: { laughter: 0, applause: 0 }, firstTurnLine: 9, lastTurnLine: 12 },
        { key: 'р.мансуров', name: 'Р.Мансуров', forms: ['Р.Мансуров'], isRole: false, turns: 1, words: 4, share: 0.5, longestTurnWords: 4, speakingSeconds: 2, audience: { laughter: 0, applause: 0 }, firstTurnLine: 10, lastTurnLine: 10 },
      ],
      tradition: KREMLIN,
      speakingTime: { seconds: 4, timedTurns: 0, wordsPerMinute: 120 },
      audience: { laughter: 0, applause: 0 },
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
        { key: 'н.абдуллаев', name: 'Н.Абдуллаев', forms: ['Н.Абдуллаев'], isRole: false, turns: 1, words: 18, share: 18 / 29, longestTurnWords: 18, speakingSeconds: 9, audience: { laughter: 0, applause: 0 }, firstTurnLine: 2, lastTurnLine: 2 },
        { key: 'в.соколов', name: 'В.Соколов', forms: ['В.Соколов'], isRole: false, turns: 2, words: 11, share: 11 / 29, longestTurnWords: 9, speakingSeconds: 6, audience: { laughter: 0, applause: 0 }, firstTurnLine: 0, lastTurnLine: 7 },
      ],
      tradition: KREMLIN,
      speakingTime: { seconds: 15, timedTurns: 0, wordsPerMinute: 120 },
      audience: { laughter: 0, applause: 0 },
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
        { key: 'в.соколов', name: 'В.Соколов', forms: ['В.Соколов'], isRole: false, turns: 3, words: 10, share: 10 / 14, longestTurnWords: 4, speakingSeconds: 5, audience: { laughter: 0, applause: 0 }, firstTurnLine: 0, lastTurnLine: 3 },
        { key: 'р.мансуров', name: 'Р.Мансуров', forms: ['Р.Мансуров'], isRole: false, turns: 1, words: 4, share: 4 / 14, longestTurnWords: 4, speakingSeconds: 2, audience: { laughter: 0, applause: 0 }, firstTurnLine: 5, lastTurnLine: 5 },
        { key: 'н.абдуллаев', name: 'Н.Абдуллаев', forms: ['Н.Абдуллаев'], isRole: false, turns: 2, words: 0, share: 0, longestTurnWords: 0, speakingSeconds: 0, audience: { laughter: 0, applause: 0 }, firstTurnLine: 2, lastTurnLine: 4 },
      ],
      tradition: KREMLIN,
      speakingTime: { seconds: 7, timedTurns: 0, wordsPerMinute: 120 },
      audience: { laughter: 0, applause: 0 },
    });
  });

  test('label-forms.transcript: `В.Соколов` and `Соколов В.В.` are one speaker with both forms', () => {
    const stats = statsOf('label-forms.transcript');
    assert.deepEqual(
      stats.speakers.find((s) => s.key === 'в.соколов'),
      { key: 'в.соколов', name: 'В.Соколов', forms: ['В.Соколов', 'Соколов В.В.'], isRole: false, turns: 2, words: 5, share: 5 / 41, longestTurnWords: 3, speakingSeconds: 3, audience: { laughter: 0, applause: 0 }, firstTurnLine: 8, lastTurnLine: 20 },
    );
    assert.deepEqual([stats.turns, stats.words, stats.speakers.length, stats.sections], [13, 41, 12, 1]);
  });

  test('sections.transcript: `sections` counts the `* * *` separators', () => {
    assert.equal(statsOf('sections.transcript').sections, 3);
  });

  test('empty.transcript: zeros and no speakers', () => {
    assert.deepEqual(statsOf('empty.transcript'), {
      title: undefined,
      date: undefined,
      turns: 0,
      words: 0,
      sections: 0,
      speakers: [],
      tradition: KREMLIN,
      speakingTime: { seconds: 0, timedTurns: 0, wordsPerMinute: 120 },
      audience: { laughter: 0, applause: 0 },
    });
  });

  test('marks.transcript: laughter and applause remarks, in all and in the turns of the speaker they interrupt; other remarks are not counted', () => {
    const stats = statsOf('marks.transcript');
    assert.deepEqual(stats.audience, { laughter: 1, applause: 1 });
    assert.deepEqual(
      stats.speakers.map((s) => [s.name, s.audience]),
      [
        ['В.Соколов', { laughter: 1, applause: 0 }],
        ['Н.Абдуллаев', { laughter: 0, applause: 1 }],
      ],
    );
  });

  test('a remark of both sounds counts in both; one outside any turn (the lead) counts in all only', () => {
    const stats = computeStatistics(
      parseTranscript(['Встреча', '', '2023-05-02 15:00:00', '', '(Аплодисменты.)', 'В.Путин: Добрый день!', '(Смех и аплодисменты.)', 'Вопрос: Можно? (Смех в зале.)', ''].join('\n')),
    );
    assert.deepEqual(stats.audience, { laughter: 2, applause: 2 });
    assert.deepEqual(
      stats.speakers.map((s) => [s.name, s.audience]),
      [
        ['В.Путин', { laughter: 1, applause: 1 }],
        ['Вопрос', { laughter: 1, applause: 0 }],
      ],
    );
  });

  test('speaking time: from the timestamps where the file has them, each speaker the sum of their turns', () => {
    const stats = computeStatistics(
      parseTranscript(['[00:00:05] Anna Lee: Welcome.', '[00:00:12] Tom Hart: Thank you, Anna.', '[00:01:00] Anna Lee: Let us begin with the tides.', ''].join('\n')),
    );
    assert.deepEqual(stats.speakingTime, { seconds: 58, timedTurns: 2, wordsPerMinute: 120 });
    assert.deepEqual(
      stats.speakers.map((s) => [s.name, s.speakingSeconds]),
      [
        ['Anna Lee', 10],
        ['Tom Hart', 48],
      ],
    );
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
