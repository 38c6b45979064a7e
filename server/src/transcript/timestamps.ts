// Times in the recording, as speech-to-text exports write them in labels (traditionLabels.ts reads
// where): `1:23`, `01:23` (minutes and seconds), `0:01:23`, `00:01:23` (hours too), with a fraction
// `00:01:23.5`, `00:01:23,500`; bare, in `[…]` or in `(…)`. A time whose minutes or seconds are 60 or
// more (`00:02:75`) is kept, marked invalid, so that a rule can say so; the first field (hours, or the
// minutes of `m:ss`) may be any number it has digits for.
import type { Range, TimeInvalid, Timestamp, Transcript, Turn } from './model';

const TIME = /(\d{1,2}):(\d{2})(?::(\d{2}))?(?:([.,])(\d{1,3}))?/;

export interface TimeReading {
  /** As the fields add up, even when one is out of range. */
  seconds: number;
  /** The field that is 60 or more. */
  invalid?: TimeInvalid;
}

/** The time in `text` (brackets and all): `(00:01:23.5)` → 83.5 s; undefined when there is none. */
export function readTime(text: string): TimeReading | undefined {
  const m = TIME.exec(text);
  if (!m) return undefined;
  const fraction = m[5] ? Number(`0.${m[5]}`) : 0;
  const hours = m[3] !== undefined;
  const [minutes, seconds] = hours ? [+m[2], +m[3]] : [0, +m[2]];
  const total = (hours ? +m[1] * 3600 + minutes * 60 : +m[1] * 60) + seconds + fraction;
  const invalid: TimeInvalid | undefined = minutes >= 60 ? { field: 'minutes', value: minutes } : seconds >= 60 ? { field: 'seconds', value: seconds } : undefined;
  return invalid ? { seconds: total, invalid } : { seconds: total };
}

/** The timestamp `text` (brackets and all) that stands at `range`. */
/** A timestamp without the brackets it is written in: `[00:01:23]`, `(00:01:23)` → `00:01:23`. */
export function timeText(time: Timestamp): string {
  return time.text.replace(/^[[(]\s*|\s*[\])]$/g, '');
}

export function timestampOf(text: string, range: Range): Timestamp {
  const { seconds, invalid } = readTime(text) ?? { seconds: NaN };
  const time: Timestamp = { text, seconds, range };
  if (invalid) time.invalid = invalid;
  return time;
}

/** Seconds of `h:mm:ss`, `mm:ss`, with a fraction; NaN when `text` holds no time. */
export function timestampSeconds(text: string): number {
  return readTime(text)?.seconds ?? NaN;
}

/** How a file writes its times, read from its first one: `[00:01:23,5]` → brackets, hours in two
 *  digits, one digit of fraction after a comma. */
export interface TimeStyle {
  open: string;
  close: string;
  hours: boolean;
  /** The first field in two digits (`00:01:23`, `01:23`), not as few as it needs (`0:01:23`, `1:23`). */
  padded: boolean;
  fraction: number;
  separator: string;
}

/** What the importer writes (`Anna Lee (00:01:23): …`): the style of a file with no times yet. */
const DEFAULT_STYLE: TimeStyle = { open: '(', close: ')', hours: true, padded: true, fraction: 0, separator: '.' };

export function timeStyle(transcript: Transcript): TimeStyle {
  const first = transcript.turns.find((t) => t.label.time)?.label.time;
  const m = first && /^([[(]?)\s*(\d{1,2}):\d{2}(:\d{2})?(?:([.,])(\d+))?/.exec(first.text);
  if (!m) return DEFAULT_STYLE;
  return { open: m[1], close: m[1] === '[' ? ']' : m[1] === '(' ? ')' : '', hours: m[3] !== undefined, padded: m[2].length === 2, fraction: m[5]?.length ?? 0, separator: m[4] ?? '.' };
}

/** `83.9` → `(00:01:23)` in the importer's style: whole units are never rounded up, so that playing
 *  from the time written starts before the words. Hours are written when there are any; at most 99. */
export function formatTime(seconds: number, style: TimeStyle): string {
  const scale = 10 ** style.fraction;
  const units = Math.min(Math.floor(Math.max(0, seconds) * scale + 1e-6), (100 * 3600 - 1) * scale + scale - 1);
  const whole = Math.floor(units / scale);
  const h = Math.floor(whole / 3600);
  const two = (n: number) => String(n).padStart(2, '0');
  const lead = (n: number) => (style.padded ? two(n) : String(n));
  const clock = style.hours || h > 0 ? `${lead(h)}:${two(Math.floor(whole / 60) % 60)}:${two(whole % 60)}` : `${lead(Math.floor(whole / 60))}:${two(whole % 60)}`;
  const fraction = style.fraction > 0 ? `${style.separator}${String(units % scale).padStart(style.fraction, '0')}` : '';
  return `${style.open}${clock}${fraction}${style.close}`;
}

/** The turns whose label holds a real time, in file order. */
export function timedTurns(transcript: Transcript): Turn[] {
  return transcript.turns.filter((t) => t.label.time && !t.label.time.invalid);
}

