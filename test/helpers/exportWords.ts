// "Every format keeps every word": the words a transcript holds (its title, place, lead, headings,
// narration, labels and turns), and those of them an export's text lacks. Words are runs of letters
// and digits; the check is by count, so a word said twice must appear twice.
import type { Transcript } from '../../server/src/transcript';

const WORD = /[\p{L}\p{N}]+/gu;

export function wordsIn(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The print version's entities (`&lt;…&gt;` is an omission, `<…>`) are characters, not words. */
const ENTITY = /&(?:lt|gt|amp|quot|apos);/g;

/** The words of what a transcript says, in document order. */
export function contentWords(transcript: Transcript): string[] {
  const spans = [
    transcript.header.title?.text,
    transcript.header.place?.text,
    ...transcript.lead.map((s) => s.text),
    ...transcript.sections.flatMap((section) => [section.heading?.text, ...section.paragraphs.map((s) => s.text)]),
    ...transcript.turns.flatMap((turn) => [turn.label.text, turn.text.text, ...turn.paragraphs.map((s) => s.text)]),
  ];
  return spans.flatMap((s) => (s ? wordsIn(s.replace(ENTITY, ' ')) : []));
}

/** The words of `expected` that `output` holds fewer times than `expected` does, with how many are
 *  missing: `[]` when every word is kept. */
export function missingWords(expected: readonly string[], output: string): string[] {
  const have = new Map<string, number>();
  for (const w of wordsIn(output)) have.set(w, (have.get(w) ?? 0) + 1);
  const need = new Map<string, number>();
  for (const w of expected) need.set(w, (need.get(w) ?? 0) + 1);
  return [...need].filter(([w, n]) => (have.get(w) ?? 0) < n).map(([w, n]) => `${w} ×${n - (have.get(w) ?? 0)}`);
}
