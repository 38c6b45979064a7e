// Lines that should have been turns and are not: a label whose colon was lost
// (`В.Путин Уважаемый…`), and a label glued inside another turn's text
// (`… спасибо. Н.Назарбаев: Спасибо…`). Both are only claimed for speakers of this file (or for the
// initials shape, which prose does not take), so correct prose is never flagged.

import type { Range, Transcript, Turn } from './model';
import { firstFrom, rangeOf } from './model';
import type { LabelMatch } from './labels';
import { canonicalLabel } from './speakerKeys';
import { labelMatcher } from './traditionLabels';
import { traditionOf } from './traditions';

export interface MissingColon {
  /** The label without its colon: where `:` belongs is `range.end`. */
  range: Range;
  key: string;
  name: string;
  /** True when the file writes this label elsewhere: then inserting the colon is certainly right. */
  known: boolean;
}

export interface EmbeddedLabel {
  /** The glued label, colon included. */
  range: Range;
  /** True when the label is one of a speaker of this file (splitting is then certainly right). */
  known: boolean;
  /** The white space between the previous sentence and the label: where the line breaks. */
  gap: Range;
  key: string;
  name: string;
}

/** `/[\s\u00A0]/` on a character code, without a regular expression (these loops read every word). */
function isSpaceCode(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13) || c === 0xa0) return true;
  if (c < 0x1680) return false;
  return c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `/[\s\u00A0]/` on one character. */
const SPACE = {
  test(ch: string | undefined): boolean {
    return ch !== undefined && isSpaceCode(ch.charCodeAt(0));
  },
};
/** What opens a turn's text after its label: a capital, a quote, an ellipsis. Not a dash or a
 *  bracket: `Т.Гараев – министр транспорта.`, `Anna Hale (Northern Region) will speak` are narration. */
const TEXT_OPENER = /^[A-ZА-ЯЁ«“"„…]/;
/** A sentence has ended right before a glued label: `…спасибо. Н.Назарбаев:`, `(Смех.) В.Путин:`. */
const SENTENCE_END = '.!?…)»”"';
const MAX_LABEL_WORDS = 8;
/** Role + name labels run long: `Head of the A Just Russia faction Sergei Mironov`. */
const MAX_EMBEDDED_LABEL_WORDS = 16;
/** The longest label the model reads (labels.ts: role + full name labels run to 150+ characters). */
const MAX_LABEL_CHARS = 260;

function knownKeys(transcript: Transcript): Set<string> {
  const keys = new Set<string>();
  for (const s of transcript.speakers.values()) if (!s.isRole) keys.add(s.key);
  return keys;
}

/** What both searches know of the whole file: its speakers and the labels it writes. Depends on the
 *  labels only, so it holds while edits leave every label as it was. */
export interface MalformedContext {
  keys: ReadonlySet<string>;
  /** Labels exactly as this file writes them (case, initials spacing and script look-alikes aside). */
  forms: ReadonlySet<string>;
  /** How the file's tradition reads a label. */
  matchLabel: (line: string, knownKeys?: ReadonlySet<string>) => LabelMatch | undefined;
}

export function malformedContext(transcript: Transcript): MalformedContext {
  // `Megyn Kelly With this?` is flagged, `Elena Loven, Portfolio Manager at …` is not.
  const forms = new Set<string>();
  for (const turn of transcript.turns) {
    forms.add(canonicalLabel(turn.label.name));
    const noteStart = turn.label.note?.range.start.character;
    const lineText = transcript.lines[turn.startLine].text;
    forms.add(canonicalLabel(lineText.slice(turn.label.range.start.character, noteStart ?? turn.label.range.end.character).trimEnd()));
  }
  return { keys: knownKeys(transcript), forms, matchLabel: labelMatcher(traditionOf(transcript)) };
}

/** Lines `[from, to)` of the transcript, for searches limited to the lines an edit changed. */
export interface LineWindow {
  from: number;
  to: number;
}

/** Turns with a line in the window (all turns without one). */
function turnsIn(transcript: Transcript, window: LineWindow | undefined): readonly Turn[] {
  if (!window) return transcript.turns;
  const first = firstFrom(transcript.turns, window.from, (t) => t.endLine);
  let end = first;
  while (end < transcript.turns.length && transcript.turns[end].startLine < window.to) end++;
  return transcript.turns.slice(first, end);
}

/** Lines of the body (turn paragraphs, section narration) that read as `Label Text…` with no colon. */
export function findMissingColons(transcript: Transcript, context = malformedContext(transcript), window?: LineWindow): MissingColon[] {
  const { keys, forms, matchLabel } = context;
  const out: MissingColon[] = [];
  const check = (line: number, text: string, from: number) => {
    if (window && (line < window.from || line >= window.to)) return;
    const found = missingColonAt(text, from, keys, forms, matchLabel);
    if (found) out.push({ range: rangeOf(line, from, found.end), key: found.key, name: text.slice(from, found.end), known: found.kind < 2 });
  };
  for (const turn of turnsIn(transcript, window)) for (const p of turn.paragraphs) check(p.range.start.line, transcript.lines[p.range.start.line].text, p.range.start.character);
  // Section narration: within a window, only the sections it meets (sections are in order).
  const sections = transcript.sections;
  for (let s = window ? firstFrom(sections, window.from, (x) => x.range.end.line) : 0; s < sections.length; s++) {
    const section = sections[s];
    if (window && section.range.start.line >= window.to) break;
    for (const p of section.paragraphs) check(p.range.start.line, transcript.lines[p.range.start.line].text, p.range.start.character);
  }
  out.sort((a, b) => a.range.start.line - b.range.start.line);
  return out;
}

function missingColonAt(
  text: string,
  from: number,
  keys: ReadonlySet<string>,
  forms: ReadonlySet<string>,
  matchLabel: MalformedContext['matchLabel'],
): { end: number; key: string; kind: 0 | 1 | 2 } | undefined {
  if (!/[A-ZА-ЯЁa-zа-яё]/.test(text[from] ?? '')) return undefined;
  // Word ends within the first MAX_LABEL_WORDS words, stopping at any colon (then it is no missing one).
  const ends: number[] = [];
  let i = from;
  let colon = false;
  while (i < text.length && ends.length < MAX_LABEL_WORDS && !colon) {
    for (let c = text.charCodeAt(i); i < text.length && !isSpaceCode(c); c = text.charCodeAt(++i)) {
      if (c === 0x3a /* : */) colon = true;
    }
    if (colon) break; // a word with a colon ends the search: a label is whole words before it
    ends.push(i);
    while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= text.length) break;
  }
  // Labels the file writes come first (`В.Путин Доля Москвы…` is `В.Путин`, not `В.Путин Доля`);
  // then a role before a known name (a first appearance: `Direct line host Maria Morgun Let me…`);
  // then any initials-and-surname label.
  const candidates: { end: number; key: string; kind: 0 | 1 | 2 }[] = [];
  for (let n = ends.length - 1; n >= 0; n--) {
    const end = ends[n];
    let next = end;
    while (next < text.length && SPACE.test(text[next])) next++;
    if (next >= text.length || next === end) continue;
    if (!TEXT_OPENER.test(text.slice(next, next + 1))) continue;
    const candidate = text.slice(from, end);
    if (/[,;.!?]$/.test(candidate) && !/(?:^|[\s.])[A-ZА-ЯЁ]\.$/.test(candidate)) continue;
    const m = matchLabel(`${candidate}: x`, keys);
    if (!m || m.end !== candidate.length || m.tooltipStart !== undefined) continue;
    if (forms.has(canonicalLabel(candidate))) candidates.push({ end: from + m.end, key: m.key, kind: 0 });
    else if (m.form === 'role-name' && m.nameStart > 0 && keys.has(m.key)) candidates.push({ end: from + m.end, key: m.key, kind: 1 });
    // An initials label of someone who never speaks in the file needs a capital word after it:
    // `Л.Толстой «Война и мир».` is a book list, not a lost colon.
    else if (m.form === 'initials' && m.strong && /^[A-ZА-ЯЁ]/.test(text[next])) candidates.push({ end: from + m.end, key: m.key, kind: 2 });
  }
  candidates.sort((a, b) => a.kind - b.kind);
  return candidates[0];
}

/** Labels of this file's speakers glued after the end of a sentence inside a turn's text. */
export function findEmbeddedLabels(transcript: Transcript, context = malformedContext(transcript), window?: LineWindow): EmbeddedLabel[] {
  const keys = context.keys;
  const out: EmbeddedLabel[] = [];
  const scan = (line: number, text: string, from: number) => {
    if (window && (line < window.from || line >= window.to)) return;
    let colon = text.indexOf(':', from);
    // A glued label follows the end of a sentence and white space: until the line has one before a
    // colon, no colon can end a glued label (a line of `a: a: a: …` is read once, not walked back).
    let scanned = from;
    let sentenceEnded = false;
    while (colon >= 0) {
      for (; !sentenceEnded && scanned + 1 < colon; scanned++) {
        if (SENTENCE_END.includes(text[scanned]) && SPACE.test(text[scanned + 1])) sentenceEnded = true;
      }
      const found = sentenceEnded ? embeddedLabelBefore(text, from, colon, keys, context.matchLabel) : undefined;
      if (found) {
        out.push({ key: found.key, name: found.name, known: found.known, range: rangeOf(line, found.start, colon + 1), gap: rangeOf(line, found.gapStart, found.start) });
      }
      colon = text.indexOf(':', colon + 1);
    }
  };
  for (const turn of turnsIn(transcript, window)) {
    scan(turn.text.range.start.line, transcript.lines[turn.startLine].text, turn.text.range.start.character);
    for (const p of turn.paragraphs) scan(p.range.start.line, transcript.lines[p.range.start.line].text, p.range.start.character);
  }
  return out;
}

function embeddedLabelBefore(
  text: string,
  from: number,
  colon: number,
  keys: ReadonlySet<string>,
  matchLabel: MalformedContext['matchLabel'],
): { start: number; gapStart: number; key: string; name: string; known: boolean } | undefined {
  // Walk back over at most MAX_LABEL_WORDS words to a sentence end followed by white space.
  let i = colon;
  while (i > from && SPACE.test(text[i - 1])) i--;
  // No label is longer than MAX_LABEL_CHARS: the walk back stops there, so a line of `a:a:a:…`
  // stays linear instead of walking back to its start from every colon.
  const floor = Math.max(from, colon - MAX_LABEL_CHARS);
  let fallback: { start: number; gapStart: number; key: string; name: string; known: boolean } | undefined;
  for (let words = 0; words < MAX_EMBEDDED_LABEL_WORDS && i > floor; words++) {
    while (i > floor && !SPACE.test(text[i - 1])) i--;
    if (i === floor && floor > from) return fallback;
    const start = i;
    if (start === from) return fallback; // the label opens the text: that is a turn, not a glued label
    let gapStart = start;
    while (gapStart > from && SPACE.test(text[gapStart - 1])) gapStart--;
    if (gapStart === from) return fallback;
    // The character before the gap only: a test on `text.slice(0, gapStart)` would read the line from its start.
    if (SENTENCE_END.includes(text[gapStart - 1])) {
      const candidate = text.slice(start, colon);
      const m = matchLabel(`${candidate}: x`, keys);
      // A speaker of this file; or a shape prose does not take (initials, a translation note) followed
      // by a capital — `Вспомним классика. А.Чехов: «Краткость – сестра таланта».` is a quotation.
      const known = m !== undefined && keys.has(m.key);
      let after = colon + 1;
      while (after < text.length && SPACE.test(text[after])) after++;
      const opensTurn = /^[A-ZА-ЯЁ]/.test(text[after] ?? '');
      if (m && (known || (m.strong && opensTurn)) && m.form !== 'role' && m.end === candidate.trimEnd().length && m.tooltipStart === undefined) {
        const found = { start, gapStart, key: m.key, name: text.slice(start, start + m.end), known };
        if (known) return found;
        // `… fine. MS. PSAKI: Thanks`: the period of a title is no sentence's end; a longer label of
        // the file's speakers may still start further back.
        fallback ??= found;
      }
    }
    i = gapStart;
  }
  return fallback;
}
