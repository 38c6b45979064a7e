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
  test('a row per speaker, most words first: turns, words, share, average and longest turn in words, first and last line', () => {
    const text = ['Совещание', '', 'В.Соколов: Начнём.', 'Вопрос: Когда откроют мост через реку?', 'В.Соколов: В июле, как и обещали.', ''].join('\n');
    assert.equal(
      csv(text),
      [
        'speaker,role,turns,words,share,average_turn_words,longest_turn_words,first_line,last_line',
        'В.Соколов,no,2,6,0.5455,3.0,5,3,5',
        'Вопрос,yes,1,5,0.4545,5.0,5,4,4',
        '',
      ].join('\r\n'),
    );
  });

  test('a name with a comma or a quote is quoted; one that starts like a formula starts with an apostrophe', () => {
    const speaker = (name: string) => ({ key: name, name, isRole: false, turns: 1, words: 2, share: 0.5, longestTurnWords: 2, firstTurnLine: 0, lastTurnLine: 0 });
    const data = { turns: 3, words: 6, sections: 1, speakers: [speaker('Smith, John'), speaker('Anna "Ann" Lee'), speaker('=HYPERLINK("x")')] };
    assert.deepEqual(statisticsCsv(data).split('\r\n').slice(1), [
      '"Smith, John",no,1,2,0.5000,2.0,2,1,1',
      '"Anna ""Ann"" Lee",no,1,2,0.5000,2.0,2,1,1',
      `"'=HYPERLINK(""x"")",no,1,2,0.5000,2.0,2,1,1`,
      '',
    ]);
  });
});
