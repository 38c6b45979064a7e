// Formatting over random transcripts (arbitraries.ts: every label form, marks, odd white space, LF,
// CRLF, CR and mixed line endings, a BOM or not) with random `stenogram.format.*` settings and
// final-newline options:
//   - the edits lie inside the document, do not overlap, never cut a CRLF or a surrogate pair;
//   - formatting is idempotent: the formatted text gets no edits;
//   - every edit is one a step names: white space for white space (an NBSP only at a line end, in a
//     blank line or in a label's gap), an omission mark for another, a label name for another form
//     of the same speaker; so without normalizeLabels and omissionMarks the text less its white
//     space is the same;
//   - line endings and the BOM are kept (a final newline is the file's own `eol`);
//   - range formatting applies a subset of the document's edits;
// and on the samples (clean transcripts), the default settings change white space only.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_FORMAT_SETTINGS, formatTranscript, type FormatOptions } from '../../server/src/features';
import { parseTranscript } from '../../server/src/transcript';
import { applyEdits, type Edit } from '../helpers/edits';
import { formattingEditProblems } from '../helpers/formatting';
import { readSample, sampleNames } from '../helpers/fixtures';
import { documentArb } from './arbitraries';
import { show } from './check';
import { checkProperty, runsOf } from './runs';

const FILE = 'formatting.test.ts';

const optionsArb: fc.Arbitrary<FormatOptions> = fc.record({
  trimTrailingWhitespace: fc.boolean(),
  labelSpacing: fc.boolean(),
  collapseBlankLines: fc.boolean(),
  normalizeLabels: fc.boolean(),
  omissionMarks: fc.constantFrom<FormatOptions['omissionMarks']>('keep', 'entity', 'angle'),
  insertFinalNewline: fc.boolean(),
  trimFinalNewlines: fc.boolean(),
});

function formatted(text: string, options: FormatOptions): { edits: Edit[]; result: string } {
  const edits = formatTranscript(parseTranscript(text), options);
  return { edits, result: applyEdits(text, edits) };
}

describe('formatting: regressions found by npm run fuzz', () => {
  // Seed 20261205: an NBSP between a label (scraped tooltip and all) and its colon is the label's
  // spacing, which the step removes as `speaker-space-before-colon` asks; the checker had taken it
  // for an NBSP inside the text.
  test('an NBSP before a label’s colon is removed as label spacing, and only it', () => {
    const text = 'С.Кравцов Кравцов Сергей Сергеевич Министр просвещения： [космодрому]  Уважаемый Уважаемый Thank\u00A0: ';
    const options: FormatOptions = { ...DEFAULT_FORMAT_SETTINGS, trimTrailingWhitespace: false, insertFinalNewline: false, trimFinalNewlines: false };
    const transcript = parseTranscript(text);
    const edits = formatTranscript(transcript, options);
    assert.deepEqual(formattingEditProblems(text, transcript, edits, options), []);
    assert.equal(applyEdits(text, edits), text.replace('Thank\u00A0:', 'Thank:'));
  });
});

// Seed 20261206: normalizing labels writes the dominant form as the file spells it, NBSP and all;
// the register lists forms with plain spaces, and the checker compared them as written.
describe('formatting: regressions found by npm run fuzz (label forms)', () => {
  test('a label normalized to a dominant form spelled with an NBSP keeps the NBSP', () => {
    const text = 'Vladimir Putin Peter\u00A0Lund: \nThank Peter\u00A0Lund: Кремль.';
    const options: FormatOptions = { ...DEFAULT_FORMAT_SETTINGS, normalizeLabels: true, insertFinalNewline: false, trimFinalNewlines: false };
    const transcript = parseTranscript(text);
    const edits = formatTranscript(transcript, options);
    assert.deepEqual(formattingEditProblems(text, transcript, edits, options), []);
    assert.equal(applyEdits(text, edits), 'Vladimir Putin Peter\u00A0Lund:\nVladimir Putin Peter\u00A0Lund: Кремль.');
  });
});

describe('formatting: properties over generated transcripts', () => {
  test('the edits lie inside the document, do not overlap, and each changes only what its step names; BOM and line endings kept', async (t) => {
    await checkProperty(
      t,
      fc.property(documentArb(), optionsArb, (text, options) => {
        const transcript = parseTranscript(text);
        const problems = formattingEditProblems(text, transcript, formatTranscript(transcript, options), options);
        assert.deepEqual(problems, [], `${problems.join('; ')} in ${show(text)} with ${JSON.stringify(options)}`);
      }),
      { numRuns: runsOf(300), unit: 'documents', file: FILE },
    );
  });

  test('formatting twice equals formatting once', async (t) => {
    await checkProperty(
      t,
      fc.property(documentArb(), optionsArb, (text, options) => {
        const once = formatted(text, options).result;
        const again = formatTranscript(parseTranscript(once), options);
        assert.deepEqual(again, [], `${show(text)} → ${show(once)} with ${JSON.stringify(options)}`);
      }),
      { numRuns: runsOf(300), unit: 'documents', file: FILE },
    );
  });

  test('range formatting applies only edits of the whole document’s, on the lines of the range', async (t) => {
    await checkProperty(
      t,
      fc.property(
        documentArb({ longLines: false }),
        optionsArb,
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (text, options, a, b) => {
          const transcript = parseTranscript(text);
          const n = transcript.lines.length;
          const [first, last] = [Math.floor(Math.min(a, b) * n), Math.floor(Math.max(a, b) * n)];
          const range = { start: { line: first, character: 0 }, end: { line: last, character: transcript.lines[last].text.length } };
          const all = formatTranscript(transcript, options).map((e) => JSON.stringify(e));
          for (const e of formatTranscript(transcript, options, range)) {
            assert.ok(all.includes(JSON.stringify(e)), `${JSON.stringify(e)} is not an edit of the document`);
            assert.ok(e.range.start.line >= first && (e.range.end.character === 0 ? e.range.end.line - 1 : e.range.end.line) <= last, `${JSON.stringify(e)} outside lines ${first}-${last}`);
          }
        },
      ),
      { numRuns: runsOf(200), unit: 'documents', file: FILE },
    );
  });
});

describe('formatting the samples (clean transcripts)', () => {
  const defaults: FormatOptions = { ...DEFAULT_FORMAT_SETTINGS, insertFinalNewline: false, trimFinalNewlines: false };
  for (const name of sampleNames()) {
    test(`${name}: the default settings change white space only, and formatting again changes nothing`, () => {
      const text = readSample(name);
      const { edits, result } = formatted(text, defaults);
      assert.deepEqual(formattingEditProblems(text, parseTranscript(text), edits, defaults), []);
      assert.equal(result.replace(/\s/g, ''), text.replace(/\s/g, ''));
      assert.deepEqual(formatTranscript(parseTranscript(result), defaults), []);
    });
  }
});
