// text → Transcript, in one linear pass over the lines.
//
// Layout (FORMAT.md): [blank lines] title, blank lines, `YYYY-MM-DD HH:MM:SS`, blank, [place], blank,
// lead paragraphs, then any number of `* * *` sections (separator, optional heading line, turns), each
// turn a label line `В.Путин: …` followed by continuation paragraphs, and the source URL as the last
// non-blank line. Every part is optional: a fragment of bare turns parses as well.

import type {
  Timestamp,
  Position,
  Range,
  Header,
  Mark,
  Section,
  SourceLine,
  TextSpan,
  Transcript,
  Turn,
  UnclosedMark,
} from './model';
import { rangeOf } from './model';
import { readHeader } from './header';
import type { LabelMatch } from './labels';
import { eolCountsOf, eolOf, isBlank, SEPARATOR, spanOf, splitLines, URL_LINE, type EolCounts } from './lines';
import { buildSpeakerRegister } from './speakerRegister';
import { countWords } from './wordCount';
import { labelMatcher } from './traditionLabels';
import { timestampOf } from './timestamps';
import { detectTradition, traditionById, type Tradition, type TraditionSetting } from './traditions';

/** How to read a file: by the tradition it is detected to follow (`auto`), or by the one named. */
export interface ParseOptions {
  tradition?: TraditionSetting;
}

type Match = (line: string, knownKeys?: ReadonlySet<string>) => LabelMatch | undefined;

const OMISSION = /^(?:&lt;(?:…|\.\.\.)&gt;|<(?:…|\.\.\.)>|\[(?:…|\.\.\.)\]|\((?:…|\.\.\.)\))$/;
const REMARK_WORDS =
  /^(?:Смех|Аплодисменты|Оживление|Шум|Laughter|Applause|Noise|Обращаясь|Показывает|Addressing|Laughing|Смеётся|Смеется|Звучит|The video|Видео|In English|По-английски|Passes|Передаёт|Передает)/;

const MARK_CHARS = /[&<[\]()]/g;

/** Marks in one line of text: omissions, insertions, remarks; and the first bracket of each kind
 *  left open. One pass with a stack of open brackets (two arrays of numbers, no object per bracket),
 *  so a line of 10,000,000 `(` stays linear and small. */
function scanMarks(lineNo: number, text: string, from: number, marks: Mark[], unclosedMarks: UnclosedMark[]): void {
  // Most lines have no bracket, `&` or `<` at all: nothing to allocate for them.
  MARK_CHARS.lastIndex = from;
  if (!MARK_CHARS.test(text)) return;
  const found: Mark[] = [];
  const unclosed: UnclosedMark[] = [];
  const openChar: number[] = [];
  const openAt: number[] = [];
  let nextGt = -2; // cached position of the next `>` (-2: not looked for yet; -1: none left)
  let nextEntityGt = -2; // cached position of the next `&gt;`
  // Jump from one character that can open or close a mark to the next: most text has none.
  const special = MARK_CHARS;
  for (let i = from; i < text.length; i++) {
    special.lastIndex = i;
    const next = special.exec(text);
    if (!next) break;
    i = next.index;
    const c = text.charCodeAt(i);
    if (c === 0x26 /* & */ && text.startsWith('&lt;', i)) {
      nextEntityGt = angleMark(lineNo, text, i, nextEntityGt, '&lt;', '&gt;', found, unclosed);
      if (nextEntityGt >= 0) i = nextEntityGt + 3;
    } else if (c === 0x3c /* < */) {
      nextGt = angleMark(lineNo, text, i, nextGt, '<', '>', found, unclosed);
      if (nextGt >= 0) i = nextGt;
    } else if (c === 0x5b /* [ */ || c === 0x28 /* ( */) {
      openChar.push(c);
      openAt.push(i);
    } else if (c === 0x5d /* ] */ || c === 0x29 /* ) */) {
      const opener = c === 0x5d ? 0x5b : 0x28;
      // Close the innermost opener of the same kind; openers of the other kind inside it stay open.
      let k = openChar.length - 1;
      while (k >= 0 && openChar[k] !== opener) k--;
      if (k < 0) continue; // a stray closer (`1)` in a list) is not a mark
      const at = openAt[k];
      openChar.splice(k, 1);
      openAt.splice(k, 1);
      const body = text.slice(at, i + 1);
      const inner = body.slice(1, -1).trim();
      const range = rangeOf(lineNo, at, i + 1);
      if (OMISSION.test(body)) found.push({ kind: 'omission', text: body, range });
      else if (opener === 0x5b) found.push({ kind: 'insertion', text: body, range });
      else if (/^[A-ZА-ЯЁ]/.test(inner) && (/[.!]$/.test(inner) || REMARK_WORDS.test(inner)) && inner !== inner.toUpperCase()) {
        found.push({ kind: 'remark', text: body, range });
      }
    }
  }
  // The first of each kind still open (the stack is in the order they were opened).
  const firstSquare = openChar.indexOf(0x5b);
  const firstRound = openChar.indexOf(0x28);
  if (firstSquare >= 0) unclosed.push({ opener: '[', range: rangeOf(lineNo, openAt[firstSquare], openAt[firstSquare] + 1) });
  if (firstRound >= 0) unclosed.push({ opener: '(', range: rangeOf(lineNo, openAt[firstRound], openAt[firstRound] + 1) });
  found.sort((a, b) => a.range.start.character - b.range.start.character);
  for (const m of found) marks.push(m);
  if (unclosed.length > 1) unclosed.sort((a, b) => a.range.start.character - b.range.start.character);
  for (const u of unclosed) unclosedMarks.push(u);
}

/** An angle-bracket mark opening at `at` (`<…>`, `&lt;…&gt;`): an omission when its body is one. `close`
 *  is where the next closer was found before (-2: not looked for yet; -1: none left, and the first
 *  opener without one is already recorded as left open). Returns where the next closer is, -1 when
 *  none is left (the opener at `at` is then recorded as left open, if it is the first). */
function angleMark(
  lineNo: number,
  text: string,
  at: number,
  close: number,
  opener: string,
  closer: string,
  found: Mark[],
  unclosed: UnclosedMark[],
): number {
  if (close === -1) return -1;
  const next = close < at ? text.indexOf(closer, at + opener.length) : close;
  if (next < 0) {
    unclosed.push({ opener, range: rangeOf(lineNo, at, at + opener.length) });
    return -1;
  }
  const end = next + closer.length;
  const body = text.slice(at, end);
  if (OMISSION.test(body)) found.push({ kind: 'omission', text: body, range: rangeOf(lineNo, at, end) });
  return next;
}

export function parseTranscript(text: string, options?: ParseOptions): Transcript {
  return parseWithState(text, options).transcript;
}

/** What an incremental re-parse needs besides the model (incremental.ts). */
export interface ParseState {
  /** The text's length in UTF-16 code units. */
  textLength: number;
  /** Keys of the lines that read as labels on their own, shared by the versions spliced from this
   *  one (a splice never changes them), so that what is memoised per set of keys stays valid. Never
   *  modified. */
  keySet: ReadonlySet<string>;
  /** No label depends on the lines before it (see parseWithState). */
  orderIndependent: boolean;
  lastNonBlank: number;
  bodyEnd: number;
  eolCounts: EolCounts;
  tradition: Tradition;
  /** The last line tradition detection read (-1 when the tradition was named, not detected): an edit
   *  up to it may change the tradition, and so how every line reads. */
  detectedThrough: number;
}

export interface Parsed {
  transcript: Transcript;
  state: ParseState;
}

export function parseWithState(text: string, options?: ParseOptions): Parsed {
  return parseLines(splitLines(text).lines, text.length, options);
}

/** The model of a text already split into lines (the server's documents keep their lines). */
export function parseLines(lines: SourceLine[], textLength: number, options?: ParseOptions): Parsed {
  const named = options?.tradition && options.tradition !== 'auto' ? traditionById(options.tradition) : undefined;
  const detection = named ? undefined : detectTradition(lines);
  const tradition = named ?? detection!.tradition;
  const matchLabel = labelMatcher(tradition);
  const counts = eolCountsOf(lines);
  const eol = eolOf(counts);
  const hasBom = lines[0].text.charCodeAt(0) === 0xfeff;
  // Speakers of this file, from every line that reads as a label on its own. A label shape that
  // prose can take too (`Artur Mikhailov:Hello`, `vladimir putin: …`) is trusted once the file has
  // the same speaker in a well-formed turn, before or after it.
  const strictKeys = new Set<string>();
  const strict = strictLabels(lines, matchLabel, strictKeys);
  const { lastNonBlank, bodyEnd, source } = sourceAtEnd(lines);
  const header: Header = {};
  const bodyStart = readHeader(lines, bodyEnd, matchLabel, header);
  const body = readBody(lines, bodyStart, bodyEnd, strict, new Set<string>(strictKeys), matchLabel);
  const { lead, sections, turns, marks, unclosedMarks, orderIndependent } = body;
  const speakers = buildSpeakerRegister(turns);
  let words = 0;
  for (const t of turns) words += t.words;
  return {
    transcript: { lines, eol, hasBom, header, lead, sections, turns, marks, unclosedMarks, source, speakers, words, tradition: { id: tradition.id, detected: !named } },
    state: { textLength, keySet: strictKeys, orderIndependent, lastNonBlank, bodyEnd, eolCounts: counts, tradition, detectedThrough: detection ? detection.lastLine : -1 },
  };
}

/** How each line reads as a label on its own (matchLabel without keys); the keys of those labels are
 *  added to `keys`. A line that reads as a label on its own reads the same with the file's speakers
 *  known (matchLabel only lets more through with them): the body loop reuses these. */
function strictLabels(lines: readonly SourceLine[], matchLabel: Match, keys: Set<string>): (LabelMatch | undefined)[] {
  const strict: (LabelMatch | undefined)[] = new Array(lines.length);
  for (let k = 0; k < lines.length; k++) {
    const m = matchLabel(lines[k].text);
    strict[k] = m;
    if (m) keys.add(m.key);
  }
  return strict;
}

/** The source URL: the last non-blank line, when it is a URL alone. The body ends before it
 *  (`bodyEnd` is inclusive). */
function sourceAtEnd(lines: readonly SourceLine[]): { lastNonBlank: number; bodyEnd: number; source: Transcript['source'] } {
  let lastNonBlank = lines.length - 1;
  while (lastNonBlank >= 0 && isBlank(lines[lastNonBlank].text)) lastNonBlank--;
  const m = lastNonBlank >= 0 ? URL_LINE.exec(lines[lastNonBlank].text) : null;
  if (!m) return { lastNonBlank, bodyEnd: lastNonBlank, source: undefined };
  const url = m[1];
  const startCol = lines[lastNonBlank].text.indexOf(url);
  const idMatch = /\/(\d+)(?:\/print)?\/?(?:[?#].*)?$/.exec(url);
  let host = '';
  try {
    host = new URL(url).host;
  } catch {
    host = '';
  }
  const source = { url, range: rangeOf(lastNonBlank, startCol, startCol + url.length), documentId: idMatch?.[1], host };
  return { lastNonBlank, bodyEnd: lastNonBlank - 1, source };
}

/** What the body gives: the lead, the sections and their turns, the marks. */
interface Body {
  lead: TextSpan[];
  sections: Section[];
  turns: Turn[];
  marks: Mark[];
  unclosedMarks: UnclosedMark[];
  /** No label depends on the lines before it (ParseState). */
  orderIndependent: boolean;
}

/** Read lines `[from, bodyEnd]`: the lead, then `* * *` sections of headings, narration and turns.
 *  `knownKeys` starts as the keys of the lines that read as labels alone, and grows. */
function readBody(
  lines: readonly SourceLine[],
  from: number,
  bodyEnd: number,
  strict: readonly (LabelMatch | undefined)[],
  knownKeys: Set<string>,
  matchLabel: Match,
): Body {
  const body: Body = { lead: [], sections: [], turns: [], marks: [], unclosedMarks: [], orderIndependent: true };
  const { sections, turns, marks, unclosedMarks } = body;
  let section: Section | undefined;
  let turn: Turn | undefined;
  let expectHeading = false;
  for (let i = from; i <= bodyEnd; i++) {
    const t = lines[i].text;
    if (isBlank(t)) continue;
    if (SEPARATOR.test(t)) {
      turn = undefined;
      const span = spanOf(i, t);
      section = startSection(sections, span.range, { start: { line: i, character: 0 }, end: span.range.end });
      expectHeading = true;
      continue;
    }
    const label = labelOf(t, strict[i], knownKeys, matchLabel);
    if (label) {
      if (!section) {
        section = startSection(sections, undefined, rangeOf(i, 0, t.length));
      }
      expectHeading = false;
      turn = makeTurn(i, t, label, turns.length, sections.length - 1);
      // A label that only reads as one because of a speaker seen before it adds a key the lines alone
      // do not give: then how a line reads depends on the lines before it, and edits cannot be spliced.
      if (!knownKeys.has(label.key)) {
        knownKeys.add(label.key);
        body.orderIndependent = false;
      }
      turns.push(turn);
      section.turns.push(turn);
      extendSection(section, i, t.length);
      scanMarks(i, t, label.textStart, marks, unclosedMarks);
      continue;
    }
    const span = spanOf(i, t);
    scanMarks(i, t, span.range.start.character, marks, unclosedMarks);
    if (turn) {
      continueTurn(turn, i, t, span);
      if (section) extendSection(section, i, span.range.end.character);
    } else if (section) {
      if (expectHeading && section.turns.length === 0 && !section.heading) section.heading = span;
      else section.paragraphs.push(span);
      expectHeading = false;
      extendSection(section, i, span.range.end.character);
    } else {
      body.lead.push(span);
    }
  }
  // Arrays grown by push keep room for more (16 items for 1); a finished turn's paragraphs need none.
  for (const t of turns) if (t.paragraphs.length > 0) t.paragraphs = t.paragraphs.slice();
  return body;
}

function startSection(sections: Section[], separator: Section['separator'], range: Section['range']): Section {
  const s: Section = { separator, paragraphs: [], turns: [], range };
  sections.push(s);
  return s;
}

function extendSection(s: Section, lineNo: number, endCol: number): void {
  s.range = { start: s.range.start, end: { line: lineNo, character: endCol } };
}

/** How the body reads a line: as it reads on its own (`strict`, matchLabel without keys), or else
 *  with the speakers the file knows — which only let more lines through when they have a colon. */
function labelOf(text: string, strict: LabelMatch | undefined, knownKeys: ReadonlySet<string>, matchLabel: Match): LabelMatch | undefined {
  return strict ?? (text.indexOf(':') >= 0 ? matchLabel(text, knownKeys) : undefined);
}

/** A paragraph line added to a turn. */
function continueTurn(turn: Turn, lineNo: number, text: string, span: TextSpan): void {
  turn.paragraphs.push(span);
  turn.endLine = lineNo;
  turn.range = { start: turn.range.start, end: span.range.end };
  turn.words += countWords(text);
}

/** What re-parsing lines `[from, to)` that hold nothing but turns gives (incremental.ts). */
export interface TurnRegion {
  turns: Turn[];
  marks: Mark[];
  unclosedMarks: UnclosedMark[];
  /** Where the last non-blank line of the region ends, as a section's range counts it. */
  end: { line: number; character: number };
}

/** Re-parse lines `[from, to)`, the first of which is a label line, as the body loop would inside a
 *  section: label lines open turns (numbered from `firstIndex`), other lines continue them. Undefined
 *  when the lines hold what is not a turn (a separator), or a label whose key is not in `knownKeys`
 *  (a new speaker: the full parse would know more keys and could read other lines differently). */
export function parseTurnRegion(
  lines: readonly SourceLine[],
  from: number,
  to: number,
  knownKeys: ReadonlySet<string>,
  firstIndex: number,
  sectionIndex: number,
  tradition: Tradition,
): TurnRegion | undefined {
  const matchLabel = labelMatcher(tradition);
  const turns: Turn[] = [];
  const marks: Mark[] = [];
  const unclosedMarks: UnclosedMark[] = [];
  let turn: Turn | undefined;
  let end: TurnRegion['end'] | undefined;
  for (let i = from; i < to; i++) {
    const t = lines[i].text;
    if (isBlank(t)) continue;
    if (SEPARATOR.test(t)) return undefined;
    const label = labelOf(t, matchLabel(t), knownKeys, matchLabel);
    if (label) {
      if (!knownKeys.has(label.key)) return undefined;
      turn = makeTurn(i, t, label, firstIndex + turns.length, sectionIndex);
      turns.push(turn);
      end = { line: i, character: t.length };
      scanMarks(i, t, label.textStart, marks, unclosedMarks);
      continue;
    }
    if (!turn) return undefined;
    const span = spanOf(i, t);
    scanMarks(i, t, span.range.start.character, marks, unclosedMarks);
    continueTurn(turn, i, t, span);
    end = span.range.end;
  }
  return end ? { turns, marks, unclosedMarks, end } : undefined;
}

function makeTurn(lineNo: number, text: string, m: LabelMatch, index: number, section: number): Turn {
  let textEnd = text.length;
  while (textEnd > m.textStart && /[\s\u00A0]/.test(text[textEnd - 1])) textEnd--;
  // Ranges of the line that meet share the Position where they meet (the label's end is its colon's,
  // its start its name's): a turn is a dozen positions fewer, the model never changes one.
  const made: Position[] = [];
  const at = (character: number): Position => {
    for (const p of made) if (p.character === character) return p;
    const p = { line: lineNo, character };
    made.push(p);
    return p;
  };
  const rangeOf = (start: number, end: number): Range => ({ start: at(start), end: at(end) });
  const labelRange = rangeOf(m.start, m.end);
  const turnText: TextSpan = { text: text.slice(m.textStart, textEnd), range: rangeOf(m.textStart, textEnd) };
  const terminator = m.terminator ?? ':';
  const time: Timestamp | undefined = m.timeStart !== undefined ? timestampOf(text.slice(m.timeStart, m.timeEnd), rangeOf(m.timeStart, m.timeEnd!)) : undefined;
  const start = time && time.range.start.character < m.start ? time.range.start : labelRange.start;
  // `Speaker 1 (00:01:23):` — the timestamp stands between the label and its colon; only space after it counts.
  const spaceBefore = m.timeEnd !== undefined && m.timeEnd <= m.colon && m.timeStart! >= m.end ? m.timeEnd : m.end;
  const turn: Turn = {
    index,
    label: {
      text: text.slice(m.start, m.end),
      range: labelRange,
      name: text.slice(m.nameStart, m.nameEnd),
      nameRange: rangeOf(m.nameStart, m.nameEnd),
      key: m.key,
      form: m.form,
      note: m.noteStart !== undefined ? { text: text.slice(m.noteStart, m.noteEnd), range: rangeOf(m.noteStart, m.noteEnd!) } : undefined,
      tooltip:
        m.tooltipStart !== undefined
          ? { text: text.slice(m.tooltipStart, m.tooltipEnd), range: rangeOf(m.tooltipStart, m.tooltipEnd!) }
          : undefined,
      colon: rangeOf(m.colon, terminator === '' ? m.colon : m.colon + 1),
      terminator,
      spaceBeforeColon: terminator === ':' && spaceBefore < m.colon ? rangeOf(spaceBefore, m.colon) : undefined,
      extraColons: terminator === ':' && m.colonsEnd > m.colon + 1 ? rangeOf(m.colon + 1, m.colonsEnd) : undefined,
      missingSpaceAfterColon: terminator !== '' && m.textStart === m.colonsEnd && m.textStart < text.length,
    },
    text: turnText,
    paragraphs: [],
    startLine: lineNo,
    endLine: lineNo,
    range: { start, end: turnText.range.end.character > m.end ? turnText.range.end : at(Math.max(m.colonsEnd, time?.range.end.character ?? 0)) },
    section,
    words: countWords(text, m.textStart, textEnd),
  };
  if (time) turn.label.time = time;
  if (m.indent) turn.label.indent = rangeOf(0, m.indent);
  return turn;
}
