// Incremental re-parse: an edit inside the turns of a transcript re-reads only the turns it touches
// and splices them into the previous model; everything else is shared with the previous model (or,
// when lines were added or removed, copied with its line numbers moved).
//
// The splice is exact: its result equals `parseTranscript` of the new text (property tests compare
// the two after random edit sequences). Where exactness would need more than a few turns re-read,
// `reparse` answers undefined and the caller parses the whole text:
// - the edit reaches the header, the lead, a section heading or a `* * *` line, or the source URL;
// - a label is added, removed or changed (the speaker register and the turn numbering change).
// Typing inside a turn's text, adding or removing its paragraphs, pasting prose: all spliced.

import type { Timestamp, Mark, Section, SourceLine, TextSpan, Transcript, Turn, UnclosedMark, Range, Position, Speaker } from './model';
import { firstFrom } from './model';
import { eolOf, isBlank, isUrlLine, type EolCounts } from './lines';
import { parseTurnRegion, type Parsed, type TurnRegion } from './parse';
import { detectTradition } from './traditions';
import { splicedList, sublist } from './shiftedList';
import { carryLanguage } from './language';

/** Lines `[start, oldEnd)` of the previous text were edited; the lines before and after them are
 *  unchanged (those after may have moved). */
export interface LineEdit {
  start: number;
  oldEnd: number;
}

/** What a splice re-read: features derived from the previous model (the findings) update the same
 *  lines. Lines `[from, oldTo)` of the previous model are lines `[from, newTo)` of the new one; lines
 *  from `oldTo` on moved by `lineDelta`. Every label kept its text and position. */
export interface Splice {
  from: number;
  oldTo: number;
  newTo: number;
  lineDelta: number;
  /** A splice composed of several (composeSplices): the single splices in order. */
  steps?: Splice[];
}

/** The splice of `a` then `b`: the lines either re-read, in the coordinates before `a`. */
export function composeSplices(a: Splice, b: Splice): Splice {
  const before = (line: number, end: boolean): number =>
    line >= a.newTo ? line - a.lineDelta : line < a.from || (end && line === a.from) ? line : end ? a.oldTo : a.from;
  const from = Math.min(a.from, before(b.from, false));
  const oldTo = Math.max(a.oldTo, before(b.oldTo, true));
  const lineDelta = a.lineDelta + b.lineDelta;
  return { from, oldTo, newTo: oldTo + lineDelta, lineDelta, steps: [...(a.steps ?? [a]), ...(b.steps ?? [b])] };
}

/** Where a line of the old text is in the new one. Exact for lines outside the re-read lines and
 *  for label lines inside them (labels keep their place); other lines inside were re-read. */
export function mapLine(splice: Splice, line: number): number {
  if (splice.steps) {
    let out = line;
    for (const step of splice.steps) out = mapLine(step, out);
    return out;
  }
  return line >= splice.oldTo ? line + splice.lineDelta : line;
}

export interface Reparsed extends Parsed {
  splice: Splice;
}

/** The edited text as lines (the server's LineDocument): the splice reads the changed lines only. */
export interface EditedLines {
  /** The text's length in UTF-16 code units. */
  readonly length: number;
  readonly lineCount: number;
  /** Lines `[from, to)`. */
  lines(from: number, to: number): SourceLine[];
}

/** Splice the edited lines into the previous model, or undefined when only a full parse is exact. */
export function reparse(previous: Parsed, edited: EditedLines, edit: LineEdit): Reparsed | undefined {
  const old = previous.transcript;
  const state = previous.state;
  if (!state.orderIndependent) return undefined;
  if (edit.start < 1 || edit.start > edit.oldEnd || edit.oldEnd > old.lines.length) return undefined;
  const newLines = splicedLines(old.lines, edited, edit);
  if (!newLines) return undefined;
  const { lines, regionLines, lineDelta } = newLines;

  // 2. An edit among the lines tradition detection read may change the tradition, and with it how
  //    every line reads: detect again, and splice only while it stays the same.
  let detectedThrough = state.detectedThrough;
  if (edit.start <= detectedThrough) {
    const detection = detectTradition(lines);
    if (detection.tradition !== state.tradition) return undefined;
    detectedThrough = detection.lastLine;
  }

  const ends = bodyEndAfter(previous, lines, edit, lineDelta);
  if (!ends) return undefined;
  const reread = rereadTurns(previous, lines, edit, lineDelta, ends.bodyEnd, newLines.newEnd);
  if (!reread) return undefined;
  const { from, oldTo, newTo } = reread;

  // 7. Splice.
  const turns = splicedTurns(old.turns, reread, lineDelta);
  const sections = splicedSections(old, reread, turns, lineDelta);
  const marks = spliceByLine(old.marks, reread.region.marks, from, oldTo, lineDelta, shiftMark);
  const unclosedMarks = spliceByLine(old.unclosedMarks, reread.region.unclosedMarks, from, oldTo, lineDelta, shiftUnclosed);
  const { speakers, words } = registerAfter(old, reread);
  const counts = eolCountsAfter(state.eolCounts, old.lines, edit, regionLines);
  const { lastNonBlank, bodyEnd, source } = ends;
  const transcript: Transcript = {
    lines,
    eol: eolOf(counts),
    hasBom: old.hasBom,
    header: old.header,
    lead: old.lead,
    sections,
    turns: turns as Turn[],
    marks,
    unclosedMarks,
    source,
    speakers,
    words,
    tradition: old.tradition,
  };
  carryLanguage(old, transcript, reread.firstTurn, reread.endTurn);
  return {
    transcript,
    state: { ...state, textLength: edited.length, orderIndependent: true, lastNonBlank, bodyEnd, eolCounts: counts, detectedThrough },
    // Re-read to the end of the body: the lines after it are blank, so the splice covers the rest of
    // the text (then `newTo - oldTo` is `lineDelta`, as everywhere else).
    splice: newTo === bodyEnd + 1 && oldTo === state.bodyEnd + 1 ? { from, oldTo: old.lines.length, newTo: lines.length, lineDelta } : { from, oldTo, newTo, lineDelta },
  };
}

/** A line has no position to move. */
const sameLine = (line: SourceLine): SourceLine => line;

/** 1. The new lines: the unchanged head, the edited lines as the document has them now, the
 *  unchanged tail. `newEnd` is where the edited lines end in the new text. */
function splicedLines(
  oldLines: readonly SourceLine[],
  edited: EditedLines,
  edit: LineEdit,
): { lines: SourceLine[]; regionLines: SourceLine[]; lineDelta: number; newEnd: number } | undefined {
  const oldN = oldLines.length;
  const tailCount = oldN - edit.oldEnd;
  const newCount = edited.lineCount;
  if (newCount - tailCount < edit.start) return undefined;
  const regionLines = edited.lines(edit.start, newCount - tailCount);
  const lineDelta = regionLines.length - (edit.oldEnd - edit.start);
  const newEnd = edit.start + regionLines.length;
  // Lines keep no offsets: the unchanged ones are shared as they are, in a persistent list
  // (shiftedList.ts) rather than a copy — copying 63,000 entries was most of a keystroke's splice.
  const lines = splicedList(oldLines, edit.start, regionLines, edit.oldEnd, 0, sameLine) as SourceLine[];
  if (lines.length !== oldN + lineDelta) return undefined;
  return { lines, regionLines, lineDelta, newEnd };
}

/** 3. The source URL and the end of the body. */
function bodyEndAfter(
  previous: Parsed,
  lines: readonly SourceLine[],
  edit: LineEdit,
  lineDelta: number,
): { lastNonBlank: number; bodyEnd: number; source: Transcript['source'] } | undefined {
  const { transcript: old, state } = previous;
  if (state.lastNonBlank >= edit.oldEnd) {
    const source = old.source && lineDelta !== 0 ? { ...old.source, range: moveRange(old.source.range, lineDelta) } : old.source;
    return { lastNonBlank: state.lastNonBlank + lineDelta, bodyEnd: state.bodyEnd + lineDelta, source };
  }
  if (old.source) return undefined;
  let lastNonBlank = lines.length - 1;
  while (lastNonBlank >= 0 && isBlank(lines[lastNonBlank].text)) lastNonBlank--;
  if (lastNonBlank >= 0 && isUrlLine(lines[lastNonBlank].text)) return undefined;
  return { lastNonBlank, bodyEnd: lastNonBlank, source: old.source };
}

/** The turns read again: the old turns `[firstTurn, endTurn)` on lines `[from, oldTo)` are the
 *  region's, on lines `[from, newTo)` of the new text. */
interface Reread {
  firstTurn: number;
  endTurn: number;
  from: number;
  oldTo: number;
  newTo: number;
  /** Where the next old turn starts (Infinity when none does). */
  nextTurnLine: number;
  sectionIndex: number;
  region: TurnRegion;
}

function rereadTurns(previous: Parsed, lines: readonly SourceLine[], edit: LineEdit, lineDelta: number, bodyEnd: number, newEnd: number): Reread | undefined {
  const { transcript: old, state } = previous;
  // 4. Where to start reading again: the label line of the last turn before the edit, unless a
  //    separator stands between them (the edit is then in a section's heading or narration).
  const firstTurn = firstFrom(old.turns, edit.start, (t) => t.startLine) - 1;
  if (firstTurn < 0) return undefined;
  const from = old.turns[firstTurn].startLine;
  const sectionIndex = old.turns[firstTurn].section;
  const nextSection = old.sections[sectionIndex + 1];
  const nextSeparator = nextSection?.separator ? nextSection.separator.start.line : Infinity;
  if (nextSeparator < edit.oldEnd) return undefined;

  // 5. Where the previous reading holds again: the first turn or separator after the edit.
  let endTurn = firstTurn + 1;
  while (endTurn < old.turns.length && old.turns[endTurn].startLine < edit.oldEnd) endTurn++;
  const nextTurnLine = endTurn < old.turns.length ? old.turns[endTurn].startLine : Infinity;
  const oldTo = Math.min(nextTurnLine, nextSeparator, state.bodyEnd + 1);
  const newTo = oldTo === state.bodyEnd + 1 ? bodyEnd + 1 : oldTo + lineDelta;
  // Past the body's end the lines are blank: the region may end before the edited lines do.
  if (newTo > lines.length || (newTo < newEnd && oldTo !== state.bodyEnd + 1)) return undefined;

  // 6. Read the turns again; every label must be the one that was there. (So the speakers the lines
  //    name stay the same set: in the body, every line that reads as a label alone opens a turn, and
  //    a label whose key is not in the set makes parseTurnRegion give up.)
  const region = parseTurnRegion(lines, from, newTo, state.keySet, firstTurn, sectionIndex, state.tradition);
  if (!region || region.turns.length !== endTurn - firstTurn) return undefined;
  for (let k = 0; k < region.turns.length; k++) {
    const before = old.turns[firstTurn + k];
    const after = region.turns[k];
    if (after.startLine !== before.startLine || !sameLabel(before, after)) return undefined;
    // The register may have merged an all-capitals label into its speaker's key: keep that.
    after.label.key = before.label.key;
  }
  return { firstTurn, endTurn, from, oldTo, newTo, nextTurnLine, sectionIndex, region };
}

/** The turns before the re-read ones as they were, the re-read ones, the turns after moved: a
 *  persistent list (shiftedList.ts), so the turns after an Enter are moved only when read. */
function splicedTurns(oldTurns: readonly Turn[], reread: Reread, lineDelta: number): readonly Turn[] {
  return splicedList(oldTurns, reread.firstTurn, reread.region.turns, reread.endTurn, lineDelta, shiftTurn);
}

function splicedSections(old: Transcript, reread: Reread, turns: readonly Turn[], lineDelta: number): Section[] {
  const { sectionIndex, oldTo, nextTurnLine, endTurn } = reread;
  const section = old.sections[sectionIndex];
  // Sections hold consecutive turns: the first of each is counted, not read (reading would move it).
  let first = 0;
  for (let s = 0; s < sectionIndex; s++) first += old.sections[s].turns.length;
  const sectionEnd: Position =
    oldTo === nextTurnLine && endTurn < first + section.turns.length ? movePosition(section.range.end, lineDelta) : reread.region.end;
  const edited: Section = {
    ...section,
    turns: sublist(turns, first, first + section.turns.length, shiftTurn) as Turn[],
    range: { start: section.range.start, end: sectionEnd },
  };
  // The sections after it: as they were with no line added or removed (their turns are the same
  // objects), else moved when first read, like the turns, their turns a view of this version's list.
  const shift = (s: Section, delta: number): Section => {
    const from = s.turns.length > 0 ? s.turns[0].index : 0;
    return shiftSection(s, delta, sublist(turns, from, from + s.turns.length, shiftTurn) as Turn[]);
  };
  return splicedList(old.sections, sectionIndex, [edited], sectionIndex + 1, lineDelta, shift) as Section[];
}

/** Labels are as they were: the register changes only in the words spoken. */
function registerAfter(old: Transcript, reread: Reread): { speakers: Map<string, Speaker>; words: number } {
  const turns = reread.region.turns;
  // Copied only when a count changes (most keystrokes change no word count).
  let speakers = old.speakers;
  let words = old.words;
  for (let k = 0; k < turns.length; k++) {
    const change = turns[k].words - old.turns[reread.firstTurn + k].words;
    if (change === 0) continue;
    words += change;
    if (speakers === old.speakers) speakers = new Map(old.speakers);
    const key = turns[k].label.key;
    const s = speakers.get(key)!;
    speakers.set(key, { ...s, words: s.words + change } satisfies Speaker);
  }
  return { speakers, words };
}

/** The line endings counted again: the edited lines' out, the new lines' in. */
function eolCountsAfter(before: EolCounts, oldLines: readonly SourceLine[], edit: LineEdit, regionLines: readonly SourceLine[]): EolCounts {
  const counts = { ...before };
  const count = (terminator: SourceLine['terminator'], sign: 1 | -1) => {
    if (terminator === '\r\n') counts.crlf += sign;
    else if (terminator === '\n') counts.lf += sign;
    else if (terminator === '\r') counts.cr += sign;
  };
  for (let i = edit.start; i < edit.oldEnd; i++) count(oldLines[i].terminator, -1);
  for (const l of regionLines) count(l.terminator, 1);
  return counts;
}

function sameLabel(a: Turn, b: Turn): boolean {
  const x = a.label;
  const y = b.label;
  return (
    x.text === y.text &&
    x.name === y.name &&
    x.form === y.form &&
    sameRange(x.range, y.range) &&
    sameRange(x.nameRange, y.nameRange) &&
    sameRange(x.colon, y.colon) &&
    x.terminator === y.terminator &&
    sameSpan(x.time, y.time) &&
    sameOptionalRange(x.indent, y.indent) &&
    sameSpan(x.note, y.note) &&
    sameSpan(x.tooltip, y.tooltip) &&
    sameOptionalRange(x.spaceBeforeColon, y.spaceBeforeColon) &&
    sameOptionalRange(x.extraColons, y.extraColons) &&
    x.missingSpaceAfterColon === y.missingSpaceAfterColon
  );
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

function sameOptionalRange(a: Range | undefined, b: Range | undefined): boolean {
  return a === undefined || b === undefined ? a === b : sameRange(a, b);
}

function sameSpan(a: TextSpan | undefined, b: TextSpan | undefined): boolean {
  return a === undefined || b === undefined ? a === b : a.text === b.text && sameRange(a.range, b.range);
}

function movePosition(p: Position, delta: number): Position {
  return delta === 0 ? p : { line: p.line + delta, character: p.character };
}

export function moveRange(r: Range, delta: number): Range {
  return { start: { line: r.start.line + delta, character: r.start.character }, end: { line: r.end.line + delta, character: r.end.character } };
}

function moveSpan(s: TextSpan, delta: number): TextSpan {
  return { text: s.text, range: moveRange(s.range, delta) };
}

function shiftTurn(t: Turn, delta: number): Turn {
  const l = t.label;
  return {
    index: t.index,
    label: {
      text: l.text,
      range: moveRange(l.range, delta),
      name: l.name,
      nameRange: moveRange(l.nameRange, delta),
      key: l.key,
      form: l.form,
      note: l.note && moveSpan(l.note, delta),
      tooltip: l.tooltip && moveSpan(l.tooltip, delta),
      colon: moveRange(l.colon, delta),
      terminator: l.terminator,
      ...(l.time ? { time: moveTime(l.time, delta) } : {}),
      ...(l.indent ? { indent: moveRange(l.indent, delta) } : {}),
      spaceBeforeColon: l.spaceBeforeColon && moveRange(l.spaceBeforeColon, delta),
      extraColons: l.extraColons && moveRange(l.extraColons, delta),
      missingSpaceAfterColon: l.missingSpaceAfterColon,
    },
    text: moveSpan(t.text, delta),
    paragraphs: t.paragraphs.map((p) => moveSpan(p, delta)),
    startLine: t.startLine + delta,
    endLine: t.endLine + delta,
    range: moveRange(t.range, delta),
    section: t.section,
    words: t.words,
  };
}

function moveTime(t: Timestamp, delta: number): Timestamp {
  return { ...t, range: moveRange(t.range, delta) };
}

function shiftSection(s: Section, delta: number, turns: Turn[]): Section {
  const moved: Section = {
    separator: s.separator && moveRange(s.separator, delta),
    paragraphs: s.paragraphs.map((p) => moveSpan(p, delta)),
    turns,
    range: moveRange(s.range, delta),
  };
  if (s.heading) moved.heading = moveSpan(s.heading, delta);
  return moved;
}

function shiftMark(m: Mark, delta: number): Mark {
  return { kind: m.kind, text: m.text, range: moveRange(m.range, delta) };
}

function shiftUnclosed(m: UnclosedMark, delta: number): UnclosedMark {
  return { opener: m.opener, range: moveRange(m.range, delta) };
}

/** Items of lines before `from` as they were, then `fresh`, then items of lines from `oldTo` on moved. */
function spliceByLine<T extends { range: Range }>(
  items: readonly T[],
  fresh: readonly T[],
  from: number,
  oldTo: number,
  delta: number,
  shift: (item: T, delta: number) => T,
): T[] {
  const a = firstFrom(items, from, (m) => m.range.start.line);
  const b = firstFrom(items, oldTo, (m) => m.range.start.line);
  return splicedList(items, a, fresh, b, delta, shift) as T[];
}
