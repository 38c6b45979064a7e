// Semantic tokens: what the TextMate grammar cannot know from one line's shape, from the model.
// The grammar colours every label whose shape alone makes it one (`В.Путин:`, `Вопрос:`, `Vladimir
// Putin:`); the server also knows a name seen elsewhere in the file (`Vladimir Putin:Yes.`), role +
// name labels (`President of Russia Vladimir Putin:`), ALL-CAPS labels and scraped tooltips, and
// which lines are the title, date, place and section headings. Every token type maps to the scope the
// grammar gives the same thing (package.json `semanticTokenScopes`, docs/grammar.md), so a theme colours
// both alike and the tokens only add or correct.
import type { SemanticTokens, SemanticTokensEdit, SemanticTokensLegend } from 'vscode-languageserver-types';
import { firstFrom, isTranslationNote, type MarkKind, type Range, type Splice, type Transcript } from '../transcript';

/** Token types in legend order; the index is what the protocol sends. */
export const SEMANTIC_TOKEN_TYPES = [
  'speaker',
  'role',
  'translationNote',
  'labelNote',
  'title',
  'date',
  'time',
  'place',
  'sectionHeading',
  'insertion',
  'remark',
  'omission',
  'url',
] as const;

export type SemanticTokenType = (typeof SEMANTIC_TOKEN_TYPES)[number];

export const semanticTokensLegend: SemanticTokensLegend = { tokenTypes: [...SEMANTIC_TOKEN_TYPES], tokenModifiers: [] };

/** One token before encoding: on one line, `[start, end)` in UTF-16 columns. */
export interface SemanticSpan {
  line: number;
  start: number;
  end: number;
  type: SemanticTokenType;
}


const MARK_TYPES: Record<MarkKind, SemanticTokenType> = { insertion: 'insertion', remark: 'remark', omission: 'omission' };

function spanOf(range: Range, type: SemanticTokenType): SemanticSpan {
  return { line: range.start.line, start: range.start.character, end: range.end.character, type };
}

/** `2017-12-27 12:40:00` → the date and the time as two tokens. */
function dateSpans(transcript: Transcript): SemanticSpan[] {
  const date = transcript.header.date;
  if (!date) return [];
  const { line, character } = date.range.start;
  const split = /[ T\u00A0]+/.exec(date.text);
  if (!split) return [{ line, start: character, end: date.range.end.character, type: 'date' }];
  return [
    { line, start: character, end: character + split.index, type: 'date' },
    { line, start: character + split.index + split[0].length, end: date.range.end.character, type: 'time' },
  ];
}

/** Every token of the transcript, unsorted, possibly nested (a remark holding an insertion). */
export function semanticSpans(transcript: Transcript): SemanticSpan[] {
  return spansOfLines(transcript, 0, transcript.lines.length);
}

/** The tokens on lines `[from, to)`: every token lies on one line. */
function spansOfLines(transcript: Transcript, from: number, to: number): SemanticSpan[] {
  const all: SemanticSpan[] = [];
  const { title, place } = transcript.header;
  if (title) all.push(spanOf(title.range, 'title'));
  all.push(...dateSpans(transcript));
  if (place) all.push(spanOf(place.range, 'place'));
  for (const section of transcript.sections) if (section.heading) all.push(spanOf(section.heading.range, 'sectionHeading'));
  // The header's and the headings' tokens are a few: taken whole, then kept to the lines.
  const out = all.filter((s) => s.line >= from && s.line < to);
  const turns = transcript.turns;
  for (let i = firstFrom(turns, from, (t) => t.startLine); i < turns.length && turns[i].startLine < to; i++) {
    const turn = turns[i];
    const label = turn.label;
    // The label up to the end of the name: a role + name label reads as one label
    // (`President of Russia Vladimir Putin`); a scraped tooltip after the name stays out.
    const line = label.range.start.line;
    out.push({ line, start: label.range.start.character, end: label.nameRange.end.character, type: label.form === 'role' ? 'role' : 'speaker' });
    if (label.note) out.push(spanOf(label.note.range, isTranslationNote(label.note.text) ? 'translationNote' : 'labelNote'));
    // `[00:01:23] Anna Lee:`, `Speaker 1 (00:01:23):`: the recording's time, brackets and all.
    if (label.time) out.push(spanOf(label.time.range, 'time'));
  }
  const marks = transcript.marks;
  for (let i = firstFrom(marks, from, (m) => m.range.start.line); i < marks.length && marks[i].range.start.line < to; i++) {
    out.push(spanOf(marks[i].range, MARK_TYPES[marks[i].kind]));
  }
  const source = transcript.source;
  if (source && source.range.start.line >= from && source.range.start.line < to) out.push(spanOf(source.range, 'url'));
  return out.filter((s) => s.end > s.start);
}

/**
 * Sorted, non-overlapping tokens, as the protocol needs them: where tokens nest or cross, each
 * character belongs to the one that starts last (the innermost: `[Путиным]` inside `(Смех [Путиным].)`).
 */
export function flattenSpans(spans: readonly SemanticSpan[]): SemanticSpan[] {
  const byLine = new Map<number, SemanticSpan[]>();
  for (const s of spans) {
    const list = byLine.get(s.line);
    if (list) list.push(s);
    else byLine.set(s.line, [s]);
  }
  const out: SemanticSpan[] = [];
  for (const line of [...byLine.keys()].sort((a, b) => a - b)) {
    const list = byLine.get(line)!.sort((a, b) => a.start - b.start || b.end - a.end);
    if (list.every((s, i) => i === 0 || s.start >= list[i - 1].end)) {
      out.push(...list); // the usual case: nothing nests
      continue;
    }
    out.push(...flattenLine(list));
  }
  return out;
}

/** One line's spans, sorted by start, cut so that the innermost span owns each character. */
function flattenLine(list: SemanticSpan[]): SemanticSpan[] {
  const points = [...new Set(list.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b);
  const out: SemanticSpan[] = [];
  const active: SemanticSpan[] = []; // a max-heap by start (then by the nearer end)
  const above = (a: SemanticSpan, b: SemanticSpan) => a.start > b.start || (a.start === b.start && a.end < b.end);
  const push = (s: SemanticSpan) => {
    active.push(s);
    for (let i = active.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!above(active[i], active[parent])) break;
      [active[i], active[parent]] = [active[parent], active[i]];
      i = parent;
    }
  };
  const pop = () => {
    const last = active.pop()!;
    if (active.length === 0) return;
    active[0] = last;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let top = i;
      if (l < active.length && above(active[l], active[top])) top = l;
      if (r < active.length && above(active[r], active[top])) top = r;
      if (top === i) break;
      [active[i], active[top]] = [active[top], active[i]];
      i = top;
    }
  };
  let next = 0;
  const owners: (SemanticSpan | undefined)[] = [];
  for (let p = 0; p < points.length - 1; p++) {
    const from = points[p];
    while (next < list.length && list[next].start === from) push(list[next++]);
    while (active.length > 0 && active[0].end <= from) pop();
    const owner = active[0];
    owners.push(owner);
    if (!owner) continue;
    const previous = out[out.length - 1];
    if (previous && owners[p - 1] === owner && previous.end === from) previous.end = points[p + 1];
    else out.push({ line: owner.line, start: from, end: points[p + 1], type: owner.type });
  }
  return out;
}

/** The protocol's encoding: five integers per token, each position relative to the token before
 *  (`after`: the token before the first, when these follow others). */
export function encodeSpans(spans: readonly SemanticSpan[], after = { line: 0, start: 0 }): number[] {
  const data: number[] = [];
  let { line, start } = after;
  for (const s of spans) {
    const deltaLine = s.line - line;
    data.push(deltaLine, deltaLine === 0 ? s.start - start : s.start, s.end - s.start, SEMANTIC_TOKEN_TYPES.indexOf(s.type), 0);
    line = s.line;
    start = s.start;
  }
  return data;
}

/** `textDocument/semanticTokens/full`, or `…/range` with `range`: the tokens that overlap it. */
export function semanticTokens(transcript: Transcript, range?: Range): SemanticTokens {
  const data = semanticTokenData(transcript);
  return { data: range ? tokensInRange(data, range) : data };
}

/** The encoded tokens of the whole transcript (`semanticTokens(transcript).data`). */
export function semanticTokenData(transcript: Transcript): number[] {
  return encodeSpans(flattenSpans(semanticSpans(transcript)));
}

/** The tokens of `data` (encoded) that overlap `range`, encoded again. */
export function tokensInRange(data: readonly number[], range: Range): number[] {
  const before = (line: number, character: number, p: Range['start']) => line < p.line || (line === p.line && character <= p.character);
  const kept: SemanticSpan[] = [];
  let line = 0;
  let start = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    start = data[i] === 0 ? start + data[i + 1] : data[i + 1];
    if (line > range.end.line) break;
    const end = start + data[i + 2];
    if (!before(line, end, range.start) && !before(range.end.line, range.end.character, { line, character: start })) {
      kept.push({ line, start, end, type: SEMANTIC_TOKEN_TYPES[data[i + 3]] });
    }
  }
  return encodeSpans(kept);
}

/** The encoded tokens of a version spliced from the one `previous` encodes: the tokens of the lines
 *  the splice re-read are made again, the ones before kept, the ones after moved by its line delta,
 *  which in the protocol's relative encoding changes one integer (the first one's line delta). */
export function updateSemanticTokens(previous: readonly number[], transcript: Transcript, splice: Splice): number[] {
  let line = 0;
  let start = 0;
  let i = 0;
  // The tokens before the re-read lines, and where the last of them stands.
  for (; i < previous.length; i += 5) {
    const next = line + previous[i];
    if (next >= splice.from) break;
    start = previous[i] === 0 ? start + previous[i + 1] : previous[i + 1];
    line = next;
  }
  const head = i;
  const last = { line, start };
  // The first token after them (in the previous version's lines).
  let after = line;
  for (; i < previous.length; i += 5) {
    after += previous[i];
    if (after >= splice.oldTo) break;
  }
  const spans = flattenSpans(spansOfLines(transcript, splice.from, splice.newTo));
  const region = encodeSpans(spans, last);
  // One copy, then the re-read lines' tokens put in place (a copy is what V8 does fastest; a large
  // region, more than a call's arguments may hold, is joined instead).
  let out: number[];
  if (region.length <= 10_000) {
    out = previous.slice();
    out.splice(head, i - head, ...region);
  } else out = previous.slice(0, head).concat(region, previous.slice(i));
  const next = head + region.length;
  if (next < out.length) {
    // A token after the re-read lines is on a later line than any before it: its start stays absolute.
    const lastLine = spans.length > 0 ? spans[spans.length - 1].line : last.line;
    out[next] = after + splice.lineDelta - lastLine;
  }
  return out;
}

/** `textDocument/semanticTokens/full/delta`: how to turn `previous` into `next`, as one edit of the
 *  integers that differ between their common start and common end (none when they are the same). */
export function semanticTokensEdits(previous: readonly number[], next: readonly number[]): SemanticTokensEdit[] {
  let head = 0;
  const shorter = Math.min(previous.length, next.length);
  while (head < shorter && previous[head] === next[head]) head++;
  let tail = 0;
  while (tail < shorter - head && previous[previous.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
  if (head === previous.length && head === next.length) return [];
  return [{ start: head, deleteCount: previous.length - head - tail, data: next.slice(head, next.length - tail) }];
}
