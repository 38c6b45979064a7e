// text → Transcript, in one linear pass over the lines.
//
// Layout (FORMAT.md): [blank lines] title, blank lines, `YYYY-MM-DD HH:MM:SS`, blank, [place], blank,
// lead paragraphs, then any number of `* * *` sections (separator, optional heading line, turns), each
// turn a label line `В.Путин: …` followed by continuation paragraphs, and the source URL as the last
// non-blank line. Every part is optional: a fragment of bare turns parses as well.

import type {
  Timestamp,
  DateLine,
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
import type { LabelMatch } from './labels';
import { buildSpeakerRegister } from './speakerRegister';
import { countWords } from './wordCount';
import { labelMatcher } from './traditionLabels';
import { detectTradition, traditionById, type Tradition, type TraditionSetting } from './traditions';

/** How to read a file: by the tradition it is detected to follow (`auto`), or by the one named. */
export interface ParseOptions {
  tradition?: TraditionSetting;
}

type Match = (line: string, knownKeys?: ReadonlySet<string>) => LabelMatch | undefined;

/** Split into lines on LF, CRLF or CR, remembering each line's terminator. */
export function splitLines(text: string): { lines: SourceLine[]; eol: Transcript['eol']; counts: EolCounts } {
  const lines: SourceLine[] = [];
  let crlf = 0;
  let lf = 0;
  let cr = 0;
  let start = 0;
  const n = text.length;
  if (text.indexOf('\r') < 0) {
    // LF only, the usual case: let indexOf find the breaks.
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      lines.push({ text: text.slice(start, i), terminator: '\n' });
      lf++;
      start = i + 1;
    }
    lines.push({ text: text.slice(start), terminator: '' });
    return { lines, eol: eolOf({ crlf, lf, cr }), counts: { crlf, lf, cr } };
  }
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      const line = { text: text.slice(start, i), terminator: '\n' as SourceLine['terminator'] };
      if (c === 13 && text.charCodeAt(i + 1) === 10) {
        crlf++;
        line.terminator = '\r\n';
        i++;
      } else if (c === 13) {
        cr++;
        line.terminator = '\r';
      } else lf++;
      lines.push(line);
      start = i + 1;
    }
  }
  lines.push({ text: text.slice(start), terminator: '' });
  return { lines, eol: eolOf({ crlf, lf, cr }), counts: { crlf, lf, cr } };
}

/** The line ending most lines use. */
export function eolOf({ crlf, lf, cr }: EolCounts): Transcript['eol'] {
  return crlf > lf && crlf >= cr ? '\r\n' : cr > lf ? '\r' : '\n';
}

const DATE_LINE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T\u00A0]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*$/;
const SEPARATOR = /^\s*\*(?:[\s\u00A0]*\*){2,}\s*$/;
const URL_LINE = /^\s*(https?:\/\/[^\s]+)\s*$/;

/** A line of nothing but white space (any kind: NBSP, U+2028, vertical tab…, a BOM, a zero-width space). */
const NOT_BLANK = /[^\s\uFEFF\u200B]/;
function isBlank(text: string): boolean {
  return !NOT_BLANK.test(text);
}

/** The span of a line without leading BOM/white space and trailing white space. */
function spanOf(lineNo: number, text: string): TextSpan {
  let s = 0;
  let e = text.length;
  while (s < e && /[\s\u00A0\uFEFF]/.test(text[s])) s++;
  while (e > s && /[\s\u00A0]/.test(text[e - 1])) e--;
  return { text: text.slice(s, e), range: rangeOf(lineNo, s, e) };
}

export function parseDateLine(lineNo: number, text: string): DateLine | undefined {
  const span = spanOf(lineNo, text);
  const m = DATE_LINE.exec(span.text);
  if (!m) return undefined;
  const date: DateLine = {
    ...span,
    year: +m[1],
    month: +m[2],
    day: +m[3],
  };
  if (m[4] !== undefined) {
    date.hour = +m[4];
    date.minute = +m[5];
    if (m[6] !== undefined) date.second = +m[6];
  }
  const invalid = invalidDate(date);
  if (invalid) {
    date.invalid = invalid;
    date.invalidReason = invalid.field === 'day' ? `day ${invalid.value} of a ${invalid.daysInMonth}-day month` : `${invalid.field} ${invalid.value}`;
  }
  else date.value = new Date(Date.UTC(date.year, date.month - 1, date.day, date.hour ?? 0, date.minute ?? 0, date.second ?? 0));
  return date;
}

function invalidDate(d: DateLine): DateLine['invalid'] {
  if (d.month < 1 || d.month > 12) return { field: 'month', value: d.month };
  const days = new Date(Date.UTC(d.year, d.month, 0)).getUTCDate();
  if (d.day < 1 || d.day > days) return { field: 'day', value: d.day, daysInMonth: days };
  if (d.hour !== undefined && d.hour > 23) return { field: 'hour', value: d.hour };
  if (d.minute !== undefined && d.minute > 59) return { field: 'minute', value: d.minute };
  if (d.second !== undefined && d.second > 59) return { field: 'second', value: d.second };
  return undefined;
}

/** A place line is short and reads as a name (`Москва, Кремль`, `Paris`), not a sentence. */
function looksLikePlace(text: string): boolean {
  return text.length <= 120 && !/[.!?:;]$/.test(text) && !URL_LINE.test(text);
}

/** A title is one line that is not a sentence of narration run long. */
function looksLikeTitle(text: string): boolean {
  return text.length <= 400 && !URL_LINE.test(text) && !SEPARATOR.test(text);
}

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
  let openedLt = false; // an unclosed `<` is already recorded
  let openedEntity = false; // an unclosed `&lt;` is already recorded
  const openChar: number[] = [];
  const openAt: number[] = [];
  let nextGt = -2; // cached position of the next `>` (-1: none left)
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
      if (nextEntityGt !== -1 && nextEntityGt < i) nextEntityGt = text.indexOf('&gt;', i + 4);
      if (nextEntityGt < 0) {
        if (!openedEntity) unclosed.push({ opener: '&lt;', range: rangeOf(lineNo, i, i + 4) });
        openedEntity = true;
        continue;
      }
      const body = text.slice(i, nextEntityGt + 4);
      if (OMISSION.test(body)) found.push({ kind: 'omission', text: body, range: rangeOf(lineNo, i, nextEntityGt + 4) });
      i = nextEntityGt + 3;
    } else if (c === 0x3c /* < */) {
      if (nextGt !== -1 && nextGt < i) nextGt = text.indexOf('>', i + 1);
      if (nextGt < 0) {
        if (!openedLt) unclosed.push({ opener: '<', range: rangeOf(lineNo, i, i + 1) });
        openedLt = true;
        continue;
      }
      const body = text.slice(i, nextGt + 1);
      if (OMISSION.test(body)) found.push({ kind: 'omission', text: body, range: rangeOf(lineNo, i, nextGt + 1) });
      i = nextGt;
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

export interface EolCounts {
  crlf: number;
  lf: number;
  cr: number;
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
  const counts: EolCounts = { crlf: 0, lf: 0, cr: 0 };
  for (const l of lines) {
    if (l.terminator === '\n') counts.lf++;
    else if (l.terminator === '\r\n') counts.crlf++;
    else if (l.terminator === '\r') counts.cr++;
  }
  const eol = eolOf(counts);
  const hasBom = lines[0].text.charCodeAt(0) === 0xfeff;
  const header: Header = {};
  const lead: TextSpan[] = [];
  const sections: Section[] = [];
  const turns: Turn[] = [];
  const marks: Mark[] = [];
  const unclosedMarks: UnclosedMark[] = [];
  // Speakers of this file, from every line that reads as a label on its own. A label shape that
  // prose can take too (`Artur Mikhailov:Hello`, `vladimir putin: …`) is trusted once the file has
  // the same speaker in a well-formed turn, before or after it.
  const strictKeys = new Set<string>();
  // A line that reads as a label on its own reads the same with the file's speakers known
  // (matchLabel only lets more through with them): the body loop reuses these.
  const strict: (LabelMatch | undefined)[] = new Array(lines.length);
  for (let k = 0; k < lines.length; k++) {
    const m = matchLabel(lines[k].text);
    strict[k] = m;
    if (m) strictKeys.add(m.key);
  }
  const knownKeys = new Set<string>(strictKeys);
  // A label that only reads as one because of a speaker seen before it adds a key the lines alone do
  // not give: then how a line reads depends on the lines before it, and edits cannot be spliced.
  let orderIndependent = true;
  const n = lines.length;

  // The source URL: the last non-blank line, when it is a URL alone.
  let lastNonBlank = n - 1;
  while (lastNonBlank >= 0 && isBlank(lines[lastNonBlank].text)) lastNonBlank--;
  let source: Transcript['source'];
  let bodyEnd = lastNonBlank; // inclusive
  if (lastNonBlank >= 0) {
    const m = URL_LINE.exec(lines[lastNonBlank].text);
    if (m) {
      const url = m[1];
      const startCol = lines[lastNonBlank].text.indexOf(url);
      const idMatch = /\/(\d+)(?:\/print)?\/?(?:[?#].*)?$/.exec(url);
      let host = '';
      try {
        host = new URL(url).host;
      } catch {
        host = '';
      }
      source = { url, range: rangeOf(lastNonBlank, startCol, startCol + url.length), documentId: idMatch?.[1], host };
      bodyEnd = lastNonBlank - 1;
    }
  }

  // Header.
  let i = 0;
  const nextNonBlank = (from: number): number => {
    let k = from;
    while (k <= bodyEnd && isBlank(lines[k].text)) k++;
    return k;
  };
  i = nextNonBlank(0);
  if (i <= bodyEnd) {
    const firstText = lines[i].text;
    const firstIsDate = parseDateLine(i, firstText);
    if (firstIsDate) {
      header.date = firstIsDate;
      i = nextNonBlank(i + 1);
    } else if (!matchLabel(firstText) && looksLikeTitle(spanOf(i, firstText).text)) {
      const k = nextNonBlank(i + 1);
      const date = k <= bodyEnd ? parseDateLine(k, lines[k].text) : undefined;
      if (date) {
        header.title = spanOf(i, firstText);
        header.date = date;
        i = nextNonBlank(k + 1);
      } else if (k > i + 1 && k <= bodyEnd && !SEPARATOR.test(firstText) && spanOf(i, firstText).text.length <= 200 && !/[.!?]$/.test(spanOf(i, firstText).text)) {
        // A title followed by a blank line but no date (a transcript whose date is not yet known).
        header.title = spanOf(i, firstText);
        i = k;
      }
    }
    if (header.date && i <= bodyEnd) {
      const t = lines[i].text;
      const k = nextNonBlank(i + 1);
      // The place stands alone between blank lines, before the lead.
      if (looksLikePlace(spanOf(i, t).text) && !matchLabel(t) && !SEPARATOR.test(t) && k > i + 1) {
        header.place = spanOf(i, t);
        i = k;
      }
    }
  }

  // Body.
  let section: Section | undefined;
  let turn: Turn | undefined;
  let expectHeading = false;
  const endTurn = () => {
    turn = undefined;
  };
  const startSection = (separator: Section['separator'], lineNo: number): Section => {
    const s: Section = {
      separator,
      paragraphs: [],
      turns: [],
      range: rangeOf(lineNo, 0, lines[lineNo].text.length),
    };
    sections.push(s);
    return s;
  };
  const extendSection = (s: Section, lineNo: number, endCol: number) => {
    s.range = { start: s.range.start, end: { line: lineNo, character: endCol } };
  };

  for (; i <= bodyEnd; i++) {
    const t = lines[i].text;
    if (isBlank(t)) continue;
    if (SEPARATOR.test(t)) {
      endTurn();
      const span = spanOf(i, t);
      section = startSection(span.range, i);
      section.range = { start: { line: i, character: 0 }, end: span.range.end };
      expectHeading = true;
      continue;
    }
    const label = labelOf(t, strict[i], knownKeys, matchLabel);
    if (label) {
      if (!section) {
        section = startSection(undefined, i);
      }
      expectHeading = false;
      turn = makeTurn(i, t, label, turns.length, sections.length - 1);
      if (!knownKeys.has(label.key)) {
        knownKeys.add(label.key);
        orderIndependent = false;
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
      lead.push(span);
    }
  }

  const speakers = buildSpeakerRegister(turns);
  let words = 0;
  for (const t of turns) words += t.words;
  return {
    transcript: { lines, eol, hasBom, header, lead, sections, turns, marks, unclosedMarks, source, speakers, words, tradition: { id: tradition.id, detected: !named } },
    state: { textLength, keySet: strictKeys, orderIndependent, lastNonBlank, bodyEnd, eolCounts: counts, tradition, detectedThrough: detection ? detection.lastLine : -1 },
  };
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

/** Whether a line is a source URL alone. */
export function isUrlLine(text: string): boolean {
  return URL_LINE.test(text);
}

export { isBlank };

function makeTurn(lineNo: number, text: string, m: LabelMatch, index: number, section: number): Turn {
  let textEnd = text.length;
  while (textEnd > m.textStart && /[\s\u00A0]/.test(text[textEnd - 1])) textEnd--;
  const labelRange = rangeOf(lineNo, m.start, m.end);
  const turnText: TextSpan = { text: text.slice(m.textStart, textEnd), range: rangeOf(lineNo, m.textStart, textEnd) };
  const terminator = m.terminator ?? ':';
  const time: Timestamp | undefined =
    m.timeStart !== undefined ? { text: text.slice(m.timeStart, m.timeEnd), seconds: m.seconds!, range: rangeOf(lineNo, m.timeStart, m.timeEnd!) } : undefined;
  const start = time && time.range.start.character < m.start ? time.range.start : labelRange.start;
  // `Speaker 1 (00:01:23):` — the timestamp stands between the label and its colon; only space after it counts.
  const spaceBefore = m.timeEnd !== undefined && m.timeEnd <= m.colon && m.timeStart! >= m.end ? m.timeEnd : m.end;
  const turn: Turn = {
    index,
    label: {
      text: text.slice(m.start, m.end),
      range: labelRange,
      name: text.slice(m.nameStart, m.nameEnd),
      nameRange: rangeOf(lineNo, m.nameStart, m.nameEnd),
      key: m.key,
      form: m.form,
      note: m.noteStart !== undefined ? { text: text.slice(m.noteStart, m.noteEnd), range: rangeOf(lineNo, m.noteStart, m.noteEnd!) } : undefined,
      tooltip:
        m.tooltipStart !== undefined
          ? { text: text.slice(m.tooltipStart, m.tooltipEnd), range: rangeOf(lineNo, m.tooltipStart, m.tooltipEnd!) }
          : undefined,
      colon: rangeOf(lineNo, m.colon, terminator === '' ? m.colon : m.colon + 1),
      terminator,
      spaceBeforeColon: terminator === ':' && spaceBefore < m.colon ? rangeOf(lineNo, spaceBefore, m.colon) : undefined,
      extraColons: terminator === ':' && m.colonsEnd > m.colon + 1 ? rangeOf(lineNo, m.colon + 1, m.colonsEnd) : undefined,
      missingSpaceAfterColon: terminator !== '' && m.textStart === m.colonsEnd && m.textStart < text.length,
    },
    text: turnText,
    paragraphs: [],
    startLine: lineNo,
    endLine: lineNo,
    range: { start, end: turnText.range.end.character > m.end ? turnText.range.end : rangeOf(lineNo, 0, Math.max(m.colonsEnd, time?.range.end.character ?? 0)).end },
    section,
    words: countWords(text, m.textStart, textEnd),
  };
  if (time) turn.label.time = time;
  if (m.indent) turn.label.indent = rangeOf(lineNo, 0, m.indent);
  return turn;
}
