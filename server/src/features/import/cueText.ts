// A cue's text as utterances: voice spans name their speaker; text outside them is read line by line
// the way subtitles mark speakers:
//
//   ANNA PETROVA: Where were you?      a name in capitals and a colon: Anna Petrova's words
//   Anna Petrova: Where were you?      a name in capitals of each word (Zoom's WebVTT writes these)
//   - Where were you?                  a dialogue dash: someone else speaks now (compose.ts says who)
//   -At home.                          … with or without a space after the dash
//   And you?                           no mark: the previous speaker goes on
//
// Inside a voice span nothing is read as a speaker: `<v Anna>Boris: come in.` is Anna's sentence.
import { cueSegments } from './captionMarkup';
import type { Utterance } from './types';

/** A speaker prefix: up to five words of a name (capitalised words, digits, particles, `#2`), a colon
 *  and a space. `10:30` is no name (its first word is no word); `Note that: …` is prose (lowercase). */
const PREFIX = /^((?:\p{Lu}[\p{L}\p{M}'’.-]*|\d+|#\d+)(?:[ \u00A0](?:\p{Lu}[\p{L}\p{M}'’.-]*|\d+|#\d+|de|da|di|du|van|von|der|den|la|le|bin|al|ibn|y)){0,4}):[ \t\u00A0]+(?=\S)/u;
const DASH = /^[-–—][ \t\u00A0]*(?=[^-–—\s])/;

/** The utterances of a cue timed `start` whose timing line is `line`. */
export function cueUtterances(cueText: string, start: number, line: number): Utterance[] {
  const out: Utterance[] = [];
  for (const segment of cueSegments(cueText)) {
    if (segment.voice) {
      out.push({ speaker: segment.voice, text: oneLine(segment.text), start, line });
      continue;
    }
    for (const text of segment.text.split('\n')) out.push(lineUtterance(text, start, line));
  }
  return out.filter((u) => u.text !== '');
}

/** One line of text outside a voice span: a dialogue dash, then a speaker prefix, are read off it. */
export function lineUtterance(text: string, start: number, line: number): Utterance {
  const u: Utterance = { text: oneLine(text), start, line };
  const dash = DASH.exec(u.text);
  if (dash) {
    u.change = true;
    u.text = u.text.slice(dash[0].length);
  }
  const prefix = PREFIX.exec(u.text);
  if (prefix) {
    u.speaker = prefix[1];
    u.text = u.text.slice(prefix[0].length);
  }
  return u;
}

/** Line breaks and runs of spaces as one space (a no-break space is kept: the format reads it as white space). */
export function oneLine(text: string): string {
  return text.replace(/[ \t\r\n\f]+/g, ' ').trim();
}
