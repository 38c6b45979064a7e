// The language a transcript is written in, for what the features write about its content (a date's
// weekday and month, the word "Lead" in the outline, a completion's placeholders, an export's
// `xml:lang`), as opposed to the UI language the user chose. Stenogram reads Russian and English
// transcripts; whichever alphabet holds most letters decides.
import type { Transcript } from './model';

export type TranscriptLanguage = 'ru' | 'en';

const CYRILLIC = /[А-Яа-яЁё]/;
const LATIN = /[A-Za-z]/;
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

function countedLanguage(transcript: Transcript): TranscriptLanguage {
  const count = { cyrillic: 0, latin: 0 };
  const step = Math.max(1, Math.floor(transcript.turns.length / SAMPLE_TURNS));
  for (let i = 0; i < transcript.turns.length; i += step) countLetters(transcript.turns[i].text.text, count);
  if (count.cyrillic === 0 && count.latin === 0) {
    countLetters(transcript.header.title?.text ?? '', count);
    for (const paragraph of transcript.lead) countLetters(paragraph.text, count);
  }
  return count.cyrillic > count.latin ? 'ru' : 'en';
}

function countLetters(text: string, count: { cyrillic: number; latin: number }): void {
  for (const ch of text) {
    if (CYRILLIC.test(ch)) count.cyrillic++;
    else if (LATIN.test(ch)) count.latin++;
  }
}
