// statisticsCsv: "Copy Statistics as CSV" — one row per speaker, most words first, with fixed
// English column ids, plain numbers, RFC 4180 quoting, and a name a spreadsheet would run as a
// formula made inert.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { statisticsCsv } from '../../client/src/statisticsCsv';
import { computeStatistics } from '../../server/src/features';
import { parseTranscript } from '../../server/src/transcript';

const csv = (text: string) => statisticsCsv(computeStatistics(parseTranscript(text), { timeline: false }));

describe('statisticsCsv', () => {
  test('a row per speaker, most words first: turns, words, share, average and longest turn in words, first and last line, speaking seconds, laughter and applause', () => {
    const text = [
      'Совещание',
      '',
      'В.Соколов: Начнём.',
      'Вопрос: Когда откроют мост через реку?',
      'В.Соколов: В июле, как и обещали. (Смех и аплодисменты.)',
      '(Аплодисменты.)',
      '',
    ].join('\n');
    assert.equal(
      csv(text),
      [
        'speaker,role,turns,words,share,average_turn_words,longest_turn_words,first_line,last_line,speaking_seconds,laughter,applause',
        // The remarks' words count as the turn's, as everywhere in the statistics.
        'В.Соколов,no,2,10,0.6667,5.0,9,3,5,5,1,2',
        'Вопрос,yes,1,5,0.3333,5.0,5,4,4,3,0,0',
        '',
      ].join('\r\n'),
    );
  });

  test('speaking seconds from the recording’s timestamps where the file has them', () => {
    const text = ['[00:00:05] Anna Lee: Welcome.', '[00:00:12] Tom Hart: Thank you, Anna.', '[00:01:00] Anna Lee: Let us begin.', ''].join('\n');
    assert.deepEqual(
      csv(text)
        .split('\r\n')
        .filter((row) => row !== '')
        .map((row) => [row.split(',')[0], ...row.split(',').slice(-3)].join(',')),
      ['speaker,speaking_seconds,laughter,applause', 'Anna Lee,9,0,0', 'Tom Hart,48,0,0'],
    );
  });

  test('a name with a comma or a quote is quoted; one that starts like a formula starts with an apostrophe', () => {
    const audience = { laughter: 0, applause: 0 };
    const speaker = (name: string) => ({ key: name, name, isRole: false, turns: 1, words: 2, share: 0.5, longestTurnWords: 2, speakingSeconds: 1, audience, firstTurnLine: 0, lastTurnLine: 0 });
    const data = {
      turns: 3,
      words: 6,
      sections: 1,
      speakers: [speaker('Smith, John'), speaker('Anna "Ann" Lee'), speaker('=HYPERLINK("x")')],
      speakingTime: { seconds: 3, timedTurns: 0, wordsPerMinute: 120 },
      audience,
    };
    assert.deepEqual(statisticsCsv(data).split('\r\n').slice(1), [
      '"Smith, John",no,1,2,0.5000,2.0,2,1,1,1,0,0',
      '"Anna ""Ann"" Lee",no,1,2,0.5000,2.0,2,1,1,1,0,0',
      `"'=HYPERLINK(""x"")",no,1,2,0.5000,2.0,2,1,1,1,0,0`,
      '',
    ]);
  });
});
