// SubRip (SRT) as a transcript's turns. A file is numbered cues, each a timing line and its text:
//
//   1
//   00:00:01,000 --> 00:00:04,000
//   ANNA PETROVA: Where were you?
//   - At home.
//
// Real files stray from that, and none of their words may be lost: a missing number, a `.` before the
// milliseconds, a missing blank line before the next number and timing, a blank line inside a cue's
// text (the text after it, having no timing of its own, goes on the cue before). Speakers are read
// from prefixes and dialogue dashes (cueText.ts). No npm package reads SRT better than these lines do:
// media-captions' reader is this loop too, with no way to tell which line is wrong.
import { cueUtterances } from './cueText';
import { readTiming } from './timecode';
import { isProblem, type Imported, type Problem, type Utterance } from './types';

const ARROW = '-->';
const NUMBER = /^[ \t]*\d+[ \t]*$/;

/** Whether the text opens like an SRT file: a cue number and a timing, or a timing. */
export function looksLikeSrt(text: string): boolean {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const first = lines.findIndex((l) => l.trim() !== '');
  return first >= 0 && (lines[first].includes(ARROW) || (NUMBER.test(lines[first]) && (lines[first + 1] ?? '').includes(ARROW)));
}

/** The turns an SRT file holds, or the first thing wrong with it. */
export function readSrt(text: string): Imported | Problem {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const utterances: Utterance[] = [];
  let last: { start: number; line: number } | undefined;
  let i = 0;
  while (i < lines.length) {
    if (lines[i].trim() === '') {
      i++;
      continue;
    }
    const timingLine = lines[i].includes(ARROW) ? i : NUMBER.test(lines[i]) && (lines[i + 1] ?? '').includes(ARROW) ? i + 1 : -1;
    if (timingLine < 0) {
      // Text after a blank line inside a cue: it goes on that cue.
      if (!last) return { line: i + 1, id: 'import.text-outside-cue', args: [lines[i].trim().slice(0, 60)] };
      const end = textEnd(lines, i);
      utterances.push(...cueUtterances(lines.slice(i, end).join('\n'), last.start, last.line));
      i = end;
      continue;
    }
    const timing = readTiming(lines[timingLine], timingLine + 1);
    if (isProblem(timing)) return timing;
    last = { start: timing.start, line: timingLine + 1 };
    const end = textEnd(lines, timingLine + 1);
    utterances.push(...cueUtterances(lines.slice(timingLine + 1, end).join('\n'), timing.start, timingLine + 1));
    i = end;
  }
  const spoken = utterances.filter((u) => u.text !== '');
  if (spoken.length === 0) return { line: lines.length, id: 'import.no-cues', args: [] };
  return { utterances: spoken };
}

/** Where a cue's text ends: at a blank line, a timing line, or a number right above a timing line. */
function textEnd(lines: string[], from: number): number {
  let k = from;
  while (k < lines.length && lines[k].trim() !== '' && !lines[k].includes(ARROW) && !(NUMBER.test(lines[k]) && (lines[k + 1] ?? '').includes(ARROW))) k++;
  return k;
}
