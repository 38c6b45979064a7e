// Semantic tokens as a pure function of the model: a label's timestamp in the recording is a `time`
// token beside the speaker's (`[00:01:23] Anna Lee:`, `Anna Lee  0:01`), as the date line's time is.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TranscriptCache } from '../../server/src/documents';
import { LineDocument } from '../../server/src/lineDocument';
import { flattenSpans, semanticSpans, semanticTokenData, semanticTokens, updateSemanticTokens } from '../../server/src/features';
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

describe('semantic tokens updated through a splice', () => {
  // 2,100 insertion marks on one line: more integers (five a token) than the update puts in place
  // in one call; it joins them instead.
  const MARKS = Array.from({ length: 2100 }, (_, i) => `[${i}]`).join(' ');
  const TEXT = ['Заседание', '', 'Н.Громов: Начнём.', '', `В.Путин: ${MARKS}`, '', 'Н.Громов: Три (Смех.)', ''].join('\n');

  for (const [what, change] of [
    ['a letter typed into the turn of many tokens', { range: { start: { line: 4, character: 9 }, end: { line: 4, character: 9 } }, text: 'ы ' }],
    ['a line break in it', { range: { start: { line: 4, character: 20 }, end: { line: 4, character: 20 } }, text: '\n' }],
    ['a letter typed into the turn after it', { range: { start: { line: 6, character: 10 }, end: { line: 6, character: 10 } }, text: 'ы' }],
  ] as const) {
    test(what, () => {
      const cache = new TranscriptCache();
      const document = LineDocument.create('file:///unit/tokens.transcript', 'transcript', 1, TEXT);
      let updates = 0;
      const ask = () =>
        cache.derive(document, 'tokens', semanticTokenData, (previous: number[], transcript, splice) => {
          updates++;
          return updateSemanticTokens(previous, transcript, splice);
        });
      assert.ok(ask().length > 10_000);
      cache.update(document, [change], 2);
      assert.deepEqual(ask(), semanticTokens(parseTranscript(document.getText())).data);
      assert.equal(updates, 1);
    });
  }
});
