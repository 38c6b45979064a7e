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
import { DEFAULT_FORMAT_SETTINGS, formatTranscript, type FormatOptions } from '../../server/src/features/formatting';
import { parseTranscript, type Range, type Transcript } from '../../server/src/transcript';
import { applyEdits, offsetAt, type Edit } from '../helpers/edits';
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

const WHITE = /^\s*$/;
const OMISSION = /^(?:&lt;(?:…|\.\.\.)&gt;|<(?:…|\.\.\.)>)$/;
const EOLS = /\r\n|\r|\n/g;

function formatted(text: string, options: FormatOptions): { edits: Edit[]; result: string } {
  const edits = formatTranscript(parseTranscript(text), options);
  return { edits, result: applyEdits(text, edits) };
}

/** What is wrong with `edits` on `text`, as a list (empty when all holds). */
function editProblems(text: string, transcript: Transcript, edits: readonly Edit[], options: FormatOptions): string[] {
  const problems: string[] = [];
  let result: string;
  try {
    result = applyEdits(text, edits);
  } catch (error) {
    return [(error as Error).message];
  }
  const resolved = edits.map((e) => ({ ...e, start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end) }));
  for (let i = 1; i < resolved.length; i++) {
    if (resolved[i].start < resolved[i - 1].start) problems.push(`edits out of document order at ${i}`);
  }
  const names = new Map<string, { key: string }>();
  for (const turn of transcript.turns) names.set(rangeKey(turn.label.nameRange), { key: turn.label.key });
  const gaps = new Set(transcript.turns.map((t) => `${t.startLine}:${t.label.extraColons?.end.character ?? t.label.colon.end.character}`));
  const marks = new Set(transcript.marks.filter((m) => m.kind === 'omission').map((m) => rangeKey(m.range)));
  for (const e of resolved) {
    for (const at of [e.start, e.end]) {
      const high = text.charCodeAt(at - 1);
      const low = text.charCodeAt(at);
      if (high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) problems.push(`an edit boundary at ${at} cuts a surrogate pair`);
      if (high === 13 && low === 10) problems.push(`an edit boundary at ${at} cuts a CRLF`);
    }
    const old = text.slice(e.start, e.end);
    const what = `${rangeKey(e.range)} ${show(old)} → ${show(e.newText)}`;
    if (WHITE.test(old) && WHITE.test(e.newText)) {
      // A line break is only ever added as the final newline, in the file's own line ending.
      if (/[\r\n]/.test(e.newText) && !(options.insertFinalNewline && e.newText === transcript.eol && e.end === text.length)) problems.push(`${what}: adds a line break`);
      if (e.newText !== '' && e.newText !== ' ' && e.newText !== transcript.eol) problems.push(`${what}: writes white space other than one space`);
      if (old.includes('\u00A0')) {
        const lineEnd = e.end === text.length || text[e.end] === '\n' || text[e.end] === '\r';
        const wholeLines = e.range.start.character === 0 && e.range.end.character === 0 && e.range.end.line > e.range.start.line;
        const labelGap = gaps.has(`${e.range.start.line}:${e.range.start.character}`) && old !== '\u00A0';
        if (!lineEnd && !wholeLines && !labelGap) problems.push(`${what}: removes an NBSP inside text`);
      }
      if (e.range.end.line > e.range.start.line && !(options.collapseBlankLines || options.trimFinalNewlines)) problems.push(`${what}: deletes lines`);
    } else if (OMISSION.test(old) && OMISSION.test(e.newText)) {
      if (options.omissionMarks === 'keep' || !marks.has(rangeKey(e.range))) problems.push(`${what}: rewrites an omission mark`);
    } else if (names.has(rangeKey(e.range))) {
      const speaker = transcript.speakers.get(names.get(rangeKey(e.range))!.key);
      if (!options.normalizeLabels || !speaker?.forms.some((f) => f.label === e.newText)) problems.push(`${what}: rewrites a label to a form its speaker does not use`);
    } else problems.push(`${what}: changes what no step names`);
  }
  if (result.startsWith('\uFEFF') !== text.startsWith('\uFEFF')) problems.push('the BOM changed');
  const before = new Set(text.match(EOLS) ?? []);
  for (const eol of new Set(result.match(EOLS) ?? [])) if (!before.has(eol) && eol !== transcript.eol) problems.push(`a new line ending ${show(eol)}`);
  if (!options.normalizeLabels && options.omissionMarks === 'keep' && result.replace(/\s/g, '') !== text.replace(/\s/g, '')) {
    problems.push('more than white space changed');
  }
  return problems;
}

function rangeKey(r: Range): string {
  return `${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character}`;
}

describe('formatting: properties over generated transcripts', () => {
  test('the edits lie inside the document, do not overlap, and each changes only what its step names; BOM and line endings kept', async (t) => {
    await checkProperty(
      t,
      fc.property(documentArb(), optionsArb, (text, options) => {
        const transcript = parseTranscript(text);
        const problems = editProblems(text, transcript, formatTranscript(transcript, options), options);
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
      assert.deepEqual(editProblems(text, parseTranscript(text), edits, defaults), []);
      assert.equal(result.replace(/\s/g, ''), text.replace(/\s/g, ''));
      assert.deepEqual(formatTranscript(parseTranscript(result), defaults), []);
    });
  }
});
