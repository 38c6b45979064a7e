// Terminal safety (issue 21), over any text: what the CLI prints through showControls holds no control
// or bidirectional formatting character, and says which were there (an escape per character, the rest
// unchanged); terminalSafeJson prints none either and parses back to exactly the value. `npm run fuzz`
// runs it with many more cases.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { showControls, terminalSafeJson } from '../../server/src/features';
import { show } from './check';
import { checkProperty, runsOf } from './runs';

const FILE = 'terminal.test.ts';
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
/** Text rich in what a hostile file carries: ESC sequences, OSC 8 links, C1 controls, bidi overrides. */
const hostileText = fc.array(
  fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 6 }),
    fc.constantFrom('\x1b[2J', '\x1b]8;;https://evil.example\x07', '\x1b]0;t\x07', '\x9b31m', '\u202e', '\u2066', '\n', '\r', '\t', '\0', '\u2028', 'В.Путин: '),
  ),
  { maxLength: 12 },
).map((parts) => parts.join(''));

describe('terminal safety', () => {
  test('showControls leaves no control or bidi character, and only those change', async (t) => {
    await checkProperty(
      t,
      fc.property(hostileText, (text) => {
        const shown = showControls(text);
        assert.doesNotMatch(shown, UNSAFE, show(text));
        const kept = [...text].filter((c) => !UNSAFE.test(c)).join('');
        assert.equal(shown.replace(/\\(x[0-9a-f]{2}|u[0-9a-f]{4}|[tnr])/g, ''), kept.replace(/\\(x[0-9a-f]{2}|u[0-9a-f]{4}|[tnr])/g, ''), show(text));
      }),
      { numRuns: runsOf(300, 0.5), unit: 'texts', file: FILE },
    );
  });

  test('terminalSafeJson prints none of them and parses back to the same value', async (t) => {
    await checkProperty(
      t,
      fc.property(fc.array(fc.record({ file: hostileText, title: hostileText }), { maxLength: 3 }), (value) => {
        const json = terminalSafeJson(value);
        assert.doesNotMatch(json.replace(/\n/g, ''), UNSAFE);
        assert.equal(JSON.stringify(JSON.parse(json)), JSON.stringify(value));
      }),
      { numRuns: runsOf(300, 0.5), unit: 'documents', file: FILE },
    );
  });
});
