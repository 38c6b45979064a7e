// Never silent: a file whose lines open like speaker labels that no tradition reads. Lines that are
// not turns are read for a label-like opening — a few words and a colon, a period, a dash, a tab or two
// spaces (`Interviewer - So…`, `JOHN  Hello`, `>> TAPPER: …`) — and openings that repeat are counted. When
// many do and the model read few turns, the user is told which shapes were seen, so that a transcript
// is never read as prose without a word.
import type { Range, Transcript } from './model';
import { rangeOf } from './model';

export interface UnrecognisedLabels {
  /** The first line that opens with a repeated label-like shape. */
  range: Range;
  /** The openings seen most often, with how many lines open with each. */
  shapes: { text: string; count: number }[];
  /** Lines that open with a repeated shape. */
  lines: number;
}

/** An opening of up to five words (`>> ` before it allowed) and what ends it. */
const OPENING = /^(?:>>\s*)?(\p{L}[\p{L}\p{M}\d'’.\-]*(?:[ \u00A0]\p{L}[\p{L}\p{M}\d'’.\-]*){0,4}?)(?:\s*[:：]|\.(?=\s)|[ \u00A0]+[-–—][ \u00A0]|\t| {2,}|\s*\(\d{1,2}:\d{2}(?::\d{2})?\))/u;

/** Lines read at most: a file that reads as prose shows it early. */
const MAX_LINES = 5000;
/** An opening counts once it starts this many lines, and the notice needs this many such lines. */
const MIN_REPEATS = 3;
const MIN_LINES = 5;

export function findUnrecognisedLabels(transcript: Transcript): UnrecognisedLabels | undefined {
  // At most MAX_LINES lines are counted: a file with half as many turns already reads as turns.
  if (transcript.turns.length * 2 >= MAX_LINES) return undefined;
  const turnLines = new Set<number>();
  for (const t of transcript.turns) turnLines.add(t.startLine);
  const counts = new Map<string, { count: number; first: number; length: number }>();
  let read = 0;
  for (let i = 0; i < transcript.lines.length && read < MAX_LINES; i++) {
    if (turnLines.has(i)) continue;
    const text = transcript.lines[i].text;
    if (text.length === 0) continue;
    read++;
    const m = OPENING.exec(text.length > 200 ? text.slice(0, 200) : text);
    if (!m || m[1].length > 60) continue;
    // The opening as written, its ending kept (`Interviewer -`, `JOHN`, `Speaker A.`), spaces folded.
    const key = m[0].replace(/[\s\u00A0]+/g, ' ').trim();
    const entry = counts.get(key);
    if (entry) entry.count++;
    else counts.set(key, { count: 1, first: i, length: m[0].length });
  }
  const repeated = [...counts].filter(([, e]) => e.count >= MIN_REPEATS);
  const lines = repeated.reduce((n, [, e]) => n + e.count, 0);
  // Turns already read are the file's labels; the notice is for files read mostly as prose.
  if (lines < MIN_LINES || transcript.turns.length * 2 >= lines) return undefined;
  repeated.sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first);
  const first = repeated.reduce((f, [, e]) => Math.min(f, e.first), Infinity);
  const firstEntry = repeated.find(([, e]) => e.first === first)![1];
  return {
    range: rangeOf(first, 0, Math.min(firstEntry.length, transcript.lines[first].text.length)),
    shapes: repeated.slice(0, 3).map(([text, e]) => ({ text, count: e.count })),
    lines,
  };
}
