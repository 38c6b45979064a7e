// WebVTT (https://www.w3.org/TR/webvtt1/) as a transcript's turns. A file reads:
//
//   WEBVTT - Harbor interview                 the signature; text after it is a title
//   Kind: captions                            header lines (`Title: …`, `Date: …` are read)
//
//   NOTE Title: Harbor interview              a comment: its `Title:` and `Date:` lines are read
//
//   1                                         a cue: an optional identifier,
//   00:00:01.000 --> 00:00:04.000 line:90%    its timing (settings ignored),
//   <v Anna Petrova>Hello and welcome.        its text, up to a blank line
//
// STYLE and REGION blocks are skipped. Text that belongs to no cue (a block without a timing line) is
// an error, not skipped: an import never drops words. Hand-written rather than `webvtt-parser` or
// `media-captions`: both drop the words after a stray `<` (`5 < 6 and 7`), and neither says in a way we
// can translate what is wrong on which line (see the commit that added this file).
import { cueUtterances } from './cueText';
import { readTiming } from './timecode';
import { isProblem, type Imported, type Problem } from './types';

const SIGNATURE = /^WEBVTT(?:[ \t](.*))?$/;
const ARROW = '-->';

/** The turns a WebVTT file holds, or the first thing wrong with it. */
export function readWebVtt(text: string): Imported | Problem {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const signature = SIGNATURE.exec(lines[0]);
  if (!signature) return { line: 1, id: 'import.vtt-signature', args: [lines[0].slice(0, 40)] };
  const out: Imported = { utterances: [] };
  let i = 1;
  // Header lines run to the first blank line (or to a cue timing written right under the signature).
  for (; i < lines.length && lines[i].trim() !== '' && !lines[i].includes(ARROW); i++) readMetadata(lines[i], out);
  while (i < lines.length) {
    if (lines[i].trim() === '') {
      i++;
      continue;
    }
    const read = readBlock(lines, i, out);
    if (isProblem(read)) return read;
    i = read.next;
  }
  if (out.utterances.length === 0) return { line: lines.length, id: 'import.no-cues', args: [] };
  // An explicit `Title:` wins over the signature line's heading (`WEBVTT - Harbor interview`).
  const heading = signature[1]?.replace(/^[ \t]*[-–—:][ \t]*/, '').trim();
  if (out.title === undefined && heading) out.title = heading;
  return out;
}

/** Read the block at line `i` (not blank) into `out`; where the next one starts. */
function readBlock(lines: string[], i: number, out: Imported): { next: number } | Problem {
  const first = lines[i];
  if (/^NOTE(?:[ \t]|$)/.test(first)) {
    const end = blockEnd(lines, i);
    readMetadata(first.slice(4), out);
    for (let k = i + 1; k < end; k++) readMetadata(lines[k], out);
    return { next: end };
  }
  if (/^(?:STYLE|REGION)[ \t]*$/.test(first)) return { next: blockEnd(lines, i) };
  // A cue: `id` then timing, or the timing alone.
  const timingLine = first.includes(ARROW) ? i : i + 1 < lines.length && lines[i + 1].includes(ARROW) ? i + 1 : -1;
  if (timingLine < 0) return { line: i + 1, id: 'import.text-outside-cue', args: [first.trim().slice(0, 60)] };
  const timing = readTiming(lines[timingLine], timingLine + 1);
  if (isProblem(timing)) return timing;
  // The text runs to a blank line, or to a line with `-->` (the next cue's timing, as the spec reads it).
  let end = timingLine + 1;
  while (end < lines.length && lines[end].trim() !== '' && !lines[end].includes(ARROW)) end++;
  out.utterances.push(...cueUtterances(lines.slice(timingLine + 1, end).join('\n'), timing.start, timingLine + 1));
  return { next: end };
}

function blockEnd(lines: string[], i: number): number {
  let k = i + 1;
  while (k < lines.length && lines[k].trim() !== '') k++;
  return k;
}

/** `Title: Harbor interview`, `Date: 2024-03-01`: the first of each is the transcript's. */
function readMetadata(line: string, out: Imported): void {
  const m = /^[ \t]*(title|date)[ \t]*:[ \t]*(.+?)[ \t]*$/i.exec(line);
  if (!m) return;
  const field = m[1].toLowerCase() as 'title' | 'date';
  out[field] ??= m[2];
}
