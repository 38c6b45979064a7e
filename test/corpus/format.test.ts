// `npm run test:corpus`: Format Document over the real transcripts of ../shared/corpus.
//  - With the default settings, nothing but white space changes, and formatting again changes nothing.
//  - With every step on (labels normalised, `&lt;…&gt;` marks, final newline), every edit is one a step
//    names (test/helpers/formatting.ts) and formatting is still idempotent.
//  - The same file with CRLF line endings and a BOM formats to the same text with CRLF and the BOM.
//  - The shared sample (../shared/samples/kremlin-56509.transcript): only its trailing spaces go.
// Prints how many files and edits each run would change.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_FORMAT_SETTINGS, formatTranscript, type FormatOptions } from '../../server/src/features';
import { parseTranscript } from '../../server/src/transcript';
import { applyEdits } from '../helpers/edits';
import { formattingEditProblems } from '../helpers/formatting';
import { CORPUS_DIR, corpusAvailable, listCorpusFiles, readCorpusFile } from './corpus';

const DEFAULTS: FormatOptions = { ...DEFAULT_FORMAT_SETTINGS, insertFinalNewline: false, trimFinalNewlines: false };
const EVERYTHING: FormatOptions = {
  trimTrailingWhitespace: true,
  labelSpacing: true,
  collapseBlankLines: true,
  normalizeLabels: true,
  omissionMarks: 'entity',
  insertFinalNewline: true,
  trimFinalNewlines: true,
};

function check(t: { diagnostic: (s: string) => void }, options: FormatOptions, what: string): void {
  const files = listCorpusFiles();
  assert.ok(files.length >= 64, 'the corpus holds at least its 64 kremlin.ru transcripts');
  let changedFiles = 0;
  let edits = 0;
  const problems: string[] = [];
  for (const file of files) {
    const text = readCorpusFile(file);
    const transcript = parseTranscript(text);
    const found = formatTranscript(transcript, options);
    problems.push(...formattingEditProblems(text, transcript, found, options).map((p) => `${file}: ${p}`));
    const once = applyEdits(text, found);
    if (found.length > 0) changedFiles++;
    edits += found.length;
    const again = formatTranscript(parseTranscript(once), options);
    if (again.length > 0) problems.push(`${file}: not idempotent, ${again.length} edit(s) on the formatted text: ${JSON.stringify(again.slice(0, 3))}`);
    if (options === DEFAULTS && once.replace(/\s/g, '') !== text.replace(/\s/g, '')) problems.push(`${file}: more than white space changed`);

    // The same file as a Windows editor would save it: CRLF and a BOM.
    const crlf = '\uFEFF' + text.replace(/\n/g, '\r\n');
    const crlfOnce = applyEdits(crlf, formatTranscript(parseTranscript(crlf), options));
    if (crlfOnce !== '\uFEFF' + once.replace(/\n/g, '\r\n')) problems.push(`${file}: with CRLF and a BOM it formats differently`);
  }
  t.diagnostic(`${what}: ${changedFiles} of ${files.length} file(s) would change, ${edits} edit(s)`);
  assert.deepEqual(problems, []);
}

test('format the corpus with the default settings: white space only, idempotent, CRLF and BOM kept', (t) => {
  if (!corpusAvailable()) {
    t.skip('../shared/corpus is absent: nothing to format (this check runs where the corpus is laid out)');
    return;
  }
  check(t, DEFAULTS, 'default settings');
});

test('format the corpus with every step on: each edit named by a step, idempotent, CRLF and BOM kept', (t) => {
  if (!corpusAvailable()) {
    t.skip('../shared/corpus is absent: nothing to format (this check runs where the corpus is laid out)');
    return;
  }
  check(t, EVERYTHING, 'every step on');
});

test('format ../shared/samples/kremlin-56509.transcript: the defaults only trim trailing white space; every step but that one changes nothing', (t) => {
  const path = join(CORPUS_DIR, '..', 'samples', 'kremlin-56509.transcript');
  if (!existsSync(path)) {
    t.skip('../shared/samples/kremlin-56509.transcript is absent');
    return;
  }
  const text = readFileSync(path, 'utf8');
  const transcript = parseTranscript(text);
  const edits = formatTranscript(transcript, DEFAULTS);
  const lines = text.split('\n');
  assert.ok(edits.length > 0, 'the sample has trailing spaces');
  for (const e of edits) {
    assert.equal(e.newText, '');
    assert.equal(e.range.start.line, e.range.end.line);
    assert.equal(e.range.end.character, lines[e.range.start.line].length, `${JSON.stringify(e)} ends at the end of its line`);
    assert.match(lines[e.range.start.line].slice(e.range.start.character), /^[ \t\u00A0]+$/);
  }
  assert.deepEqual(formatTranscript(transcript, { ...EVERYTHING, trimTrailingWhitespace: false, normalizeLabels: false, omissionMarks: 'keep', insertFinalNewline: false }), []);
  t.diagnostic(`kremlin-56509: ${edits.length} line(s) with trailing white space`);
});
