// Questions features ask of a parsed transcript, answered without a scan of the whole file.
import type { Position, Range, Section, Transcript, Turn } from './model';
import { findLeadMentions } from './lead';

export function contains(range: Range, p: Position): boolean {
  const afterStart = p.line > range.start.line || (p.line === range.start.line && p.character >= range.start.character);
  const beforeEnd = p.line < range.end.line || (p.line === range.end.line && p.character <= range.end.character);
  return afterStart && beforeEnd;
}

/** The turn whose lines include `line` (label line to last paragraph), by binary search. */
export function findTurnAt(transcript: Transcript, line: number): Turn | undefined {
  const turns = transcript.turns;
  let lo = 0;
  let hi = turns.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (turns[mid].startLine <= line) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return undefined;
  const turn = turns[found];
  return line <= turn.endLine ? turn : undefined;
}

/** The last turn that starts at or before `line` (the turn a cursor is in, or has just left). */
export function findTurnBefore(transcript: Transcript, line: number): Turn | undefined {
  const turns = transcript.turns;
  let lo = 0;
  let hi = turns.length - 1;
  let found: Turn | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (turns[mid].startLine <= line) {
      found = turns[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

export function findSectionAt(transcript: Transcript, line: number): Section | undefined {
  for (const s of transcript.sections) if (s.range.start.line <= line && line <= s.range.end.line) return s;
  return undefined;
}

export interface SpeakerAt {
  key: string;
  /** The label or lead mention under the position. */
  range: Range;
  /** The turn whose label it is, when on a label. */
  turn?: Turn;
}

/** The speaker whose label (or whose name in the lead) is under `position`. */
export function speakerAt(transcript: Transcript, position: Position): SpeakerAt | undefined {
  const turn = findTurnAt(transcript, position.line);
  if (turn && turn.startLine === position.line && contains(turn.label.range, position)) {
    return { key: turn.label.key, range: turn.label.nameRange, turn };
  }
  const first = transcript.lead[0];
  const last = transcript.lead[transcript.lead.length - 1];
  if (first && position.line >= first.range.start.line && position.line <= last.range.end.line) {
    for (const m of findLeadMentions(transcript)) if (contains(m.range, position)) return { key: m.key, range: m.range };
  }
  return undefined;
}
