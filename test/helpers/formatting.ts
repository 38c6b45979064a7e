// What formatting edits must be, as a list of problems (empty when all holds): shared by the property
// tests over generated documents and the corpus check. Every edit lies inside the text, on whole
// characters, apart from the others, and is one a step names: white space for white space (an NBSP
// only at a line end, in a blank line or in a label's gap), an omission mark for another, a label
// name for another form of the same speaker; the BOM and the line endings stay; without
// normalizeLabels and omissionMarks the text less its white space is the same.
import type { FormatOptions } from '../../server/src/features';
import type { Range, Transcript } from '../../server/src/transcript';
import { show } from '../property/check';
import { applyEdits, offsetAt, type Edit } from './edits';

const WHITE = /^\s*$/;
const OMISSION = /^(?:&lt;(?:…|\.\.\.)&gt;|<(?:…|\.\.\.)>)$/;
const EOLS = /\r\n|\r|\n/g;

/** What is wrong with `edits` on `text`, as a list (empty when all holds). */
export function formattingEditProblems(text: string, transcript: Transcript, edits: readonly Edit[], options: FormatOptions): string[] {
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
  // White space between a label and its colon (`Thank\u00A0:`) is the label's, not the text's: the step removes it.
  const beforeColon = new Set(transcript.turns.flatMap((t) => (t.label.spaceBeforeColon ? [rangeKey(t.label.spaceBeforeColon)] : [])));
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
        const labelGap =
          (gaps.has(`${e.range.start.line}:${e.range.start.character}`) && old !== '\u00A0') || (options.labelSpacing && beforeColon.has(rangeKey(e.range)) && e.newText === '');
        if (!lineEnd && !wholeLines && !labelGap) problems.push(`${what}: removes an NBSP inside text`);
      }
      if (e.range.end.line > e.range.start.line && !(options.collapseBlankLines || options.trimFinalNewlines)) problems.push(`${what}: deletes lines`);
    } else if (OMISSION.test(old) && OMISSION.test(e.newText)) {
      if (options.omissionMarks === 'keep' || !marks.has(rangeKey(e.range))) problems.push(`${what}: rewrites an omission mark`);
    } else if (names.has(rangeKey(e.range))) {
      const speaker = transcript.speakers.get(names.get(rangeKey(e.range))!.key);
      // The register counts forms with their spaces made plain (`Peter\u00A0Lund` and `Peter Lund` are one form).
      const form = e.newText.replace(/[\s\u00A0]+/g, ' ');
      if (!options.normalizeLabels || !speaker?.forms.some((f) => f.label === form)) problems.push(`${what}: rewrites a label to a form its speaker does not use`);
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
