// The transcript model: what `parseTranscript` produces. Pure data, no LSP or VS Code types.
// Positions are zero-based lines and UTF-16 code-unit columns, exactly as LSP counts them,
// so features can hand them to the protocol unchanged.

import type { TraditionId } from './traditions/types';

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** One line of the source: its text without the line terminator. */
export interface SourceLine {
  text: string;
  /** The line break that ends it, as written ('' for the last line): files may mix them. */
  terminator: '\n' | '\r\n' | '\r' | '';
}

export interface Header {
  title?: TextSpan;
  date?: DateLine;
  place?: TextSpan;
}

/** A piece of text with where it stands. */
export interface TextSpan {
  text: string;
  range: Range;
}

/** `2017-12-27 12:40:00`. `value` is set only when the date and time are real ones. */
export interface DateLine extends TextSpan {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** The date as a UTC instant (the format carries no zone); undefined when invalid. */
  value?: Date;
  /** Why the date is not a real one (`month 13`), when it is not. */
  invalidReason?: string;
  /** The same, as data for a message in the user's language. */
  invalid?: { field: 'month' | 'day' | 'hour' | 'minute' | 'second'; value: number; daysInMonth?: number };
}

/** A `* * *` separator with its optional heading line, and the turns under it. */
export interface Section {
  /** The separator line; undefined for the implicit section before the first separator. */
  separator?: Range;
  heading?: TextSpan;
  /** Lines of narration inside the section that are not turns (before its first turn). */
  paragraphs: TextSpan[];
  turns: Turn[];
  /** From the separator (or first line) to the last non-blank line of the section. */
  range: Range;
}

export type LabelForm =
  /** `В.Путин`, `Р.Т.Эрдоган`, `М.Диас-Канель Бермудес`, `A. Repik` */
  | 'initials'
  /** `Путин В.В.` */
  | 'surname-initials'
  /** `Си Цзиньпин`, `Vladimir Putin`, `Мин Аун Хлайн` */
  | 'name'
  /** `President of Russia Vladimir Putin`, `Alisa Shmelyova, metrology engineer` */
  | 'role-name'
  /** `Вопрос`, `Реплика`, `Question from Izhevsk`, `Remark` */
  | 'role'
  /** `DEPUTY CHIEF OF STAFF … DMITRY PESKOV`, `MODERATOR`, `TRUMP` */
  | 'caps'
  /** `Mr. NORTH`, `MS. JEAN-PIERRE`, `Attorney General MEESE`, `THE PRESIDENT`: a person named by title */
  | 'title-name';

/** What ends a label: a colon (`В.Путин:`), a period (`Mr. NIELDS. What…`, `Председательствующий.
 *  Добрый день`), or nothing (`Q    Thanks`, `Mr. COHEN Can I…`, a label alone on its line). */
export type LabelTerminator = ':' | '.' | '';

export interface TimeInvalid {
  field: 'minutes' | 'seconds';
  value: number;
}

/** A time in the recording: `00:01:23` → 83 seconds (timestamps.ts). */
export interface Timestamp {
  text: string;
  seconds: number;
  range: Range;
  /** `00:02:75`: the field that is 60 or more, and its value (`seconds` is then what the fields add up to). */
  invalid?: TimeInvalid;
}

export interface Label {
  /** The label as written, up to (not including) the colon and any space before it. */
  text: string;
  range: Range;
  /** The person or role part without translation notes and scraped tooltips: `Э.Макрон`. */
  name: string;
  nameRange: Range;
  /** Normalised key shared by every form of the same speaker in a file. */
  key: string;
  form: LabelForm;
  /** `(как переведено)`, `(retranslated)`, `(Answering a question …)` between name and colon. */
  note?: TextSpan;
  /** The scraped person tooltip expanded into the label (`С.Кравцов Кравцов Сергей … :`). */
  tooltip?: TextSpan;
  /** Range of the colon — of whatever ends the label: the period of `Mr. NIELDS.`, or an empty range
   *  at the label's end where nothing does (`terminator`). */
  colon: Range;
  terminator: LabelTerminator;
  /** When the turn starts in the recording: `[00:01:23] Name:`, `Speaker 1 (00:01:23):`,
   *  `Name: (01:20)`, `Name  0:01`. */
  time?: Timestamp;
  /** White space before the label (` В.Путин: …`). */
  indent?: Range;
  /** White space between the label and the colon (`В.Путин :`). */
  spaceBeforeColon?: Range;
  /** Extra colons right after the first (`В.Путин::`). */
  extraColons?: Range;
  /** True when the text starts right after the colon with no space (`В.Путин:Уважаемый`). */
  missingSpaceAfterColon: boolean;
}

export interface Turn {
  index: number;
  label: Label;
  /** The text after the label on the label line (may be empty). */
  text: TextSpan;
  /** Continuation paragraphs: whole non-blank lines after the label line. */
  paragraphs: TextSpan[];
  /** First line (the label line). */
  startLine: number;
  /** Last non-blank line of the turn. */
  endLine: number;
  /** From the label's start to the end of the last paragraph. */
  range: Range;
  /** Index into `Transcript.sections`. */
  section: number;
  words: number;
}

export type MarkKind =
  /** `[космодрому]` — the editor's insertion. */
  | 'insertion'
  /** `(Смех.)`, `(Laughter.)`, `(Обращаясь к Е.Корочкиной.)` */
  | 'remark'
  /** `&lt;…&gt;`, `<…>`, `[…]` */
  | 'omission';

export interface Mark {
  kind: MarkKind;
  text: string;
  range: Range;
}

/** A `[`, `(`, `<` or `&lt;` opened inside text and not closed on its line: the first of each kind on
 *  a line (more of the same kind on one line are the same slip; a line of ten million `(` is one). */
export interface UnclosedMark {
  opener: string;
  range: Range;
}

export interface Source {
  url: string;
  range: Range;
  /** `56509` of `…/news/copy/56509`. */
  documentId?: string;
  host: string;
}

export interface SpeakerForm {
  label: string;
  count: number;
}

/** Everything the file says about one speaker. */
export interface Speaker {
  key: string;
  /** The label form used most often (ties: not in capitals, then the shorter, then the first seen). */
  displayName: string;
  forms: SpeakerForm[];
  isRole: boolean;
  /** Indexes into `Transcript.turns`. */
  turns: number[];
  words: number;
}

export interface Transcript {
  /** The text as given (a BOM, if any, stays in `lines[0]`). */
  lines: SourceLine[];
  eol: '\n' | '\r\n' | '\r';
  hasBom: boolean;
  header: Header;
  lead: TextSpan[];
  sections: Section[];
  turns: Turn[];
  marks: Mark[];
  unclosedMarks: UnclosedMark[];
  source?: Source;
  speakers: Map<string, Speaker>;
  /** Words in turns (labels excluded). */
  words: number;
  /** The publishing tradition the file is read by (traditions/), and whether it was detected or set. */
  tradition: { id: TraditionId; detected: boolean };
}

/** Where each line starts in the text (UTF-16 offsets): the lengths of the lines and terminators
 *  before it. Not kept in the model, so that an edit does not rewrite every line after it. */
export function lineStarts(transcript: Pick<Transcript, 'lines'>): number[] {
  const out: number[] = new Array(transcript.lines.length);
  let at = 0;
  transcript.lines.forEach((l, i) => {
    out[i] = at;
    at += l.text.length + l.terminator.length;
  });
  return out;
}

/** The index of the first item (of items in line order) whose line is `line` or later; `items.length`
 *  when there is none. A binary search: the turns, marks and findings of a file are in line order. */
export function firstFrom<T>(items: readonly T[], line: number, lineOf: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (lineOf(items[mid]) < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function rangeOf(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}
