// Caption times, read and written. WebVTT writes `00:01:23.500` (hours optional: `01:23.500`), SRT
// `00:01:23,500`; tools write one- or two-digit hours and fewer fraction digits, so both readers take
// either separator and 0–3 fraction digits. The transcript keeps a turn's time in whole seconds,
// `Anna Petrova (00:01:23): …`, the form the speech-to-text tradition reads back (traditionLabels.ts),
// which has at most two digits of hours.
import type { Problem } from './types';

const TIME = /^(?:(\d+):)?(\d{1,2}):(\d{2})(?:[.,](\d{1,3}))?$/;
/** `00:00:01.000 --> 00:00:04.000 line:90% align:start`: the start, the arrow, the end, any settings. */
const TIMING = /^[ \t]*(\S+)[ \t]+-->[ \t]+(\S+)(?:[ \t].*)?$/;

/** The largest time a transcript label holds: `99:59:59`. */
export const MAX_LABEL_SECONDS = 100 * 3600 - 1;

export interface Timing {
  start: number;
  end: number;
}

/** Seconds of a caption time, or what is wrong with it. */
export function captionSeconds(text: string, line: number): number | Problem {
  const m = TIME.exec(text);
  if (!m) return { line, id: 'import.timing', args: [text] };
  if (+m[2] > 59) return { line, id: 'import.time-minutes', args: [text, +m[2]] };
  if (+m[3] > 59) return { line, id: 'import.time-seconds', args: [text, +m[3]] };
  const fraction = m[4] ? Number(`0.${m[4]}`) : 0;
  return (m[1] ? +m[1] * 3600 : 0) + +m[2] * 60 + +m[3] + fraction;
}

/** `00:00:01.000 --> 00:00:04.000`: the cue's start and end, or what is wrong with the line. */
export function readTiming(text: string, line: number): Timing | Problem {
  const m = TIMING.exec(text);
  if (!m) return { line, id: 'import.timing', args: [text.trim()] };
  const start = captionSeconds(m[1], line);
  if (typeof start !== 'number') return start;
  const end = captionSeconds(m[2], line);
  if (typeof end !== 'number') return end;
  if (end < start) return { line, id: 'import.end-before-start', args: [m[1], m[2]] };
  return { start, end };
}

/** `83.9` → `00:01:23`: a turn's time as its label writes it (whole seconds, two-digit hours). */
export function labelClock(seconds: number): string {
  const s = Math.floor(seconds);
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}`;
}

/** `83.5` → `00:01:23.500`: a WebVTT cue time. */
export function cueClock(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const s = Math.floor(ms / 1000);
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor(s / 60) % 60)}:${pad(s % 60)}.${String(ms % 1000).padStart(3, '0')}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
