// Semantic tokens as a pure function of the model: a label's timestamp in the recording is a `time`
// token beside the speaker's (`[00:01:23] Anna Lee:`, `Anna Lee  0:01`), as the date line's time is.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { flattenSpans, semanticSpans } from '../../server/src/features';
import { parseTranscript } from '../../server/src/transcript';

/** Each token as `line:start-end type «text»`. */
function tokens(text: string): string[] {
  const lines = text.split('\n');
  return flattenSpans(semanticSpans(parseTranscript(text))).map((s) => `${s.line}:${s.start}-${s.end} ${s.type} «${lines[s.line].slice(s.start, s.end)}»`);
}

describe('semantic tokens: the time of a turn', () => {
  test('a timestamp before the label, brackets and all', () => {
    assert.deepEqual(tokens(['[00:01:23] Anna Lee: Hello there, everyone.', '[00:01:30] Bob Stone: Hi, Anna.', 'Anna Lee: Shall we begin?', ''].join('\n')), [
      '0:0-10 time «[00:01:23]»',
      '0:11-19 speaker «Anna Lee»',
      '1:0-10 time «[00:01:30]»',
      '1:11-20 speaker «Bob Stone»',
      '2:0-8 speaker «Anna Lee»',
    ]);
  });

  test('a timestamp after a label alone on its line', () => {
    assert.deepEqual(tokens(['Anna Lee  0:01', 'Hello there.', '', 'Bob Stone  0:05', 'Hi.', ''].join('\n')), [
      '0:0-8 speaker «Anna Lee»',
      '0:10-14 time «0:01»',
      '3:0-9 speaker «Bob Stone»',
      '3:11-15 time «0:05»',
    ]);
  });

  test('a kremlin.ru file has no time tokens but the date line’s', () => {
    assert.deepEqual(tokens(['Совещание', '', '2023-04-11 09:00:00', '', 'В.Соколов: Начнём в 10:00.', ''].join('\n')), [
      '0:0-9 title «Совещание»',
      '2:0-10 date «2023-04-11»',
      '2:11-19 time «09:00:00»',
      '4:0-9 speaker «В.Соколов»',
    ]);
  });
});
