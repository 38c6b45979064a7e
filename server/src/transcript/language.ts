// The language a transcript is written in, for what the features write about its content (a date's
// weekday and month, the word "Lead" in the outline, a completion's placeholders, an export's
// `xml:lang`), as opposed to the UI language the user chose. Stenogram reads Russian and English
// transcripts; whichever alphabet holds most letters decides.
import type { Transcript } from './model';

export type TranscriptLanguage = 'ru' | 'en';

/** Enough turns to tell the language of any transcript, so that a long one costs no more. */
const SAMPLE_TURNS = 200;

/** `ru` when most letters of the turns are Cyrillic (`В.Путин: Добрый день!`), `en` when most are
 *  Latin; a transcript with no letters in its turns yet (a new one) is judged by its title and lead;
 *  one with no letters at all is `en`. */
export function languageOf(transcript: Transcript): TranscriptLanguage {
  let language = memo.get(transcript);
  if (!language) {
    language = countedLanguage(transcript);
    memo.set(transcript, language);
  }
  return language;
}

/** The outline asks on every edit, completion twice a request: counted once per parsed version. */
const memo = new WeakMap<Transcript, TranscriptLanguage>();

/** Every `sampleStep`-th turn is counted. */
function sampleStep(turns: number): number {
  return Math.max(1, Math.floor(turns / SAMPLE_TURNS));
}

/** A model spliced from `previous` (incremental.ts) re-read turns `[firstTurn, endTurn)` only, with
 *  the same number of turns, the same header and lead: when none of the re-read turns is one the
 *  count samples, its language is the one `previous` was counted to have, and is not counted again. */
export function carryLanguage(previous: Transcript, next: Transcript, firstTurn: number, endTurn: number): void {
  const language = memo.get(previous);
  if (!language || previous.turns.length !== next.turns.length) return;
  const step = sampleStep(next.turns.length);
  const firstSampled = Math.ceil(firstTurn / step) * step;
  if (firstSampled < endTurn) return;
  memo.set(next, language);
}

function countedLanguage(transcript: Transcript): TranscriptLanguage {
  const count = { cyrillic: 0, latin: 0 };
  const step = sampleStep(transcript.turns.length);
  for (let i = 0; i < transcript.turns.length; i += step) countLetters(transcript.turns[i].text.text, count);
  if (count.cyrillic === 0 && count.latin === 0) {
    countLetters(transcript.header.title?.text ?? '', count);
    for (const paragraph of transcript.lead) countLetters(paragraph.text, count);
  }
  return count.cyrillic > count.latin ? 'ru' : 'en';
}

/** Cyrillic letters (`А`–`я`, `Ё`, `ё`) and Latin ones (`A`–`Z`, `a`–`z`), counted by code unit: each
 *  is one unit (a pattern test per character cost more than the outline that asked, per version). */
function countLetters(text: string, count: { cyrillic: number; latin: number }): void {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x0410 && c <= 0x044f) || c === 0x0401 || c === 0x0451) count.cyrillic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) count.latin++;
  }
}
