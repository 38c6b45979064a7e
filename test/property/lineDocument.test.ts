// The server's LineDocument against vscode-languageserver-textdocument's TextDocument: the same
// content changes give the same text, the same line count and the same positions and offsets —
// including line breaks split or joined by an edit (`\r` + `\n`), ranges past the end of a line or
// of the text, ranges given end first, and changes of the whole text.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineDocument } from '../../server/src/lineDocument';
import { editSequenceArb } from './arbitraries';
import { contentChange } from './changes';
import { show } from './check';
import { checkProperty, runsOf } from './runs';

const FILE = 'lineDocument.test.ts';
const URI = 'file:///property/line-document.transcript';

describe('LineDocument', () => {
  test('after every change it has the text, lines, offsets and positions TextDocument has', async (t) => {
    await checkProperty(
      t,
      fc.property(editSequenceArb, fc.array(fc.nat(), { minLength: 4, maxLength: 4 }), ({ start, events }, probes) => {
        const reference = TextDocument.create(URI, 'transcript', 1, start);
        const lines = LineDocument.create(URI, 'transcript', 1, start);
        let version = 1;
        for (const event of events) {
          for (const choice of event) {
            const change = contentChange(reference, choice);
            // Some editors send ranges end first; both must read them alike.
            const sent = 'range' in change && probes[0] % 3 === 0 ? { ...change, range: { start: change.range.end, end: change.range.start } } : change;
            version++;
            TextDocument.update(reference, [sent], version);
            lines.update([sent], version);
            const text = reference.getText();
            const where = `after ${show(JSON.stringify(sent), 120)} on ${show(start, 200)}`;
            assert.equal(lines.getText(), text, where);
            assert.equal(lines.length, text.length, where);
            assert.equal(lines.lineCount, reference.lineCount, where);
            for (const p of probes) {
              const offset = p % (text.length + 3);
              assert.deepEqual(lines.positionAt(offset), reference.positionAt(offset), `positionAt(${offset}) ${where}`);
              const position = { line: p % (reference.lineCount + 1), character: (p >> 3) % 50 };
              assert.equal(lines.offsetAt(position), reference.offsetAt(position), `offsetAt(${JSON.stringify(position)}) ${where}`);
            }
          }
        }
      }),
      { numRuns: runsOf(500), unit: 'edit sequences', file: FILE },
    );
  });
});
