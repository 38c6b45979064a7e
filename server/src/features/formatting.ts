// Format Document / Format Selection / on-type formatting over the transcript model. Each step is a
// `stenogram.format.*` setting and produces its own small TextEdits (never a whole-document
// replace), so that every edit changes only what its step names:
//
//   trimTrailingWhitespace  `Спасибо.␣␣` → `Спасибо.` (spaces, tabs, U+00A0 at the end of a line only)
//   labelSpacing            `В.Путин :Текст` → `В.Путин: Текст` (the label's own colon, as the
//                           `speaker-space-before-colon` / `speaker-no-space-after-colon` rules see it)
//   collapseBlankLines      at most one blank line between two body paragraphs; the header's layout
//                           (title, two blank lines, date, blank, place, blank, lead) and the blank
//                           lines before the source URL are kept as they are
//   normalizeLabels         `Путин В.В.:` → `В.Путин:` where most of the speaker's turns say `В.Путин:`
//   omissionMarks           `<…>` ↔ `&lt;…&gt;`
//   insertFinalNewline / trimFinalNewlines  from the client's FormattingOptions (`files.*` in VS Code)
//
// Never touched: NBSP inside text, quotes, dashes, words, line endings (an inserted final newline
// uses the file's own `eol`), a BOM.
import type { FormattingOptions, TextEdit } from 'vscode-languageserver-types';
import { departedForm, dominantForms, firstFrom, traditionOf, type Position, type Range, type Transcript } from '../transcript';

export type OmissionMarkStyle = 'keep' | 'entity' | 'angle';

/** `stenogram.format.*`. */
export interface FormatSettings {
  trimTrailingWhitespace: boolean;
  labelSpacing: boolean;
  collapseBlankLines: boolean;
  normalizeLabels: boolean;
  omissionMarks: OmissionMarkStyle;
}

export const DEFAULT_FORMAT_SETTINGS: FormatSettings = {
  trimTrailingWhitespace: true,
  labelSpacing: true,
  collapseBlankLines: true,
  normalizeLabels: false,
  omissionMarks: 'keep',
};

/** What one formatting run does: the settings, and the final-newline steps the client asks for. */
export interface FormatOptions extends FormatSettings {
  insertFinalNewline: boolean;
  trimFinalNewlines: boolean;
}

/**
 * The settings merged with the client's FormattingOptions. `files.insertFinalNewline` and
 * `files.trimFinalNewlines` come only from the client (VS Code sends them when true). For trailing
 * white space the client's word wins when it gives one: VS Code sends `trimTrailingWhitespace: true`
 * when `files.trimTrailingWhitespace` is on and leaves it out otherwise, so our setting decides then;
 * another editor that sends `false` explicitly has its user's answer honoured.
 */
export function formatOptions(settings: FormatSettings, client?: Partial<FormattingOptions>): FormatOptions {
  return {
    ...settings,
    trimTrailingWhitespace: typeof client?.trimTrailingWhitespace === 'boolean' ? client.trimTrailingWhitespace : settings.trimTrailingWhitespace,
    insertFinalNewline: client?.insertFinalNewline === true,
    trimFinalNewlines: client?.trimFinalNewlines === true,
  };
}

/** White space at the end of a line that trimming removes: spaces, tabs, NBSP and the other
 *  horizontal Unicode spaces. Not a BOM, not a zero-width space, not U+2028/U+2029. */
const TRAILING_SPACE = /[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+$/;
const HORIZONTAL_SPACE = /^[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+$/;
/** A line with nothing but white space (JavaScript's `\s`: NBSP, a BOM, U+2028… included). */
const BLANK = /^\s*$/;
/** The omission marks this step rewrites: the angle-bracket ones, in both spellings. `[…]` and `(…)`
 *  cut a quotation and are left as the author wrote them. */
const ANGLE_OMISSION = /^(?:&lt;(?:…|\.\.\.)&gt;|<(?:…|\.\.\.)>)$/;
const OMISSION_TEXT: Record<Exclude<OmissionMarkStyle, 'keep'>, string> = { entity: '&lt;…&gt;', angle: '<…>' };

const at = (line: number, character: number): Position => ({ line, character });
const edit = (range: Range, newText: string): TextEdit => ({ range, newText });
const span = (line: number, start: number, end: number): Range => ({ start: at(line, start), end: at(line, end) });

/** An edit with the lines it changes (for range formatting): `last` is the last line whose content it alters. */
interface Planned {
  edit: TextEdit;
  first: number;
  last: number;
}

/**
 * The edits that format `transcript`, in document order, none overlapping. With `range`, only the
 * edits within the lines the range covers (a range that ends at column 0 of a later line does not
 * cover that line, as a selection of whole lines ends).
 */
export function formatTranscript(transcript: Transcript, options: FormatOptions, range?: Range): TextEdit[] {
  const lines = transcript.lines;
  const n = lines.length;
  const planned: Planned[] = [];
  /** Lines whose content is removed whole by a line deletion: no per-line edit may touch them. */
  const removed = new Uint8Array(n);
  const blank = lines.map((l) => BLANK.test(l.text));

  let lastContent = n - 1;
  while (lastContent >= 0 && blank[lastContent]) lastContent--;

  // Blank-line runs between two body paragraphs: keep the first blank line, delete the rest.
  if (options.collapseBlankLines && lastContent >= 0) {
    const { title, date, place } = transcript.header;
    const headerLast = Math.max(title?.range.start.line ?? -1, date?.range.start.line ?? -1, place?.range.start.line ?? -1);
    const sourceLine = transcript.source?.range.start.line ?? n;
    for (let i = 0; i < n; i++) {
      if (!blank[i]) continue;
      let j = i;
      while (j + 1 < n && blank[j + 1]) j++;
      const before = i - 1;
      const after = j + 1;
      if (before >= 0 && before > headerLast && after < n && after < sourceLine && j > i) {
        for (let k = i + 1; k <= j; k++) removed[k] = 1;
        planned.push({ edit: edit({ start: at(i + 1, 0), end: at(j + 1, 0) }, ''), first: i + 1, last: j });
      }
      i = j;
    }
  }

  // The end of the file: blank lines after the last paragraph go (trimFinalNewlines), a last
  // paragraph without a line break gets one (insertFinalNewline). A file of nothing but white
  // space is left to the other steps.
  let finalNewline: string | undefined;
  if (lastContent >= 0) {
    if (options.trimFinalNewlines && lastContent < n - 1 && (lastContent + 1 < n - 1 || lines[n - 1].text.length > 0)) {
      for (let k = lastContent + 1; k < n; k++) removed[k] = 1;
      planned.push({ edit: edit({ start: at(lastContent + 1, 0), end: at(n - 1, lines[n - 1].text.length) }, ''), first: lastContent + 1, last: n - 1 });
    }
    if (options.insertFinalNewline && lastContent === n - 1) finalNewline = transcript.eol;
  }

  const forms = options.normalizeLabels ? dominantForms(transcript) : undefined;
  const singleSpaced = traditionOf(transcript).spacing !== 'keep';
  for (const turn of transcript.turns) {
    const label = turn.label;
    const line = turn.startLine;
    if (removed[line]) continue;
    const text = lines[line].text;
    // Exactly the rewrite `speaker-inconsistent-form` proposes: another form of the name, not
    // another spelling of the same form (initials spacing, case and look-alikes have their own rules).
    const dominant = forms && departedForm(turn, forms);
    if (dominant) planned.push({ edit: edit(label.nameRange, dominant.text), first: line, last: line });
    // Only colon labels, in a tradition that sets one space after them: `Q    Thanks` and
    // `MS. PSAKI:  Okay` are how press briefings are printed.
    if (options.labelSpacing && label.terminator === ':' && singleSpaced) {
      const before = label.spaceBeforeColon;
      if (before && HORIZONTAL_SPACE.test(text.slice(before.start.character, before.end.character))) {
        planned.push({ edit: edit(before, ''), first: line, last: line });
      }
      // One space between the colon(s) and the text; a single NBSP there is the typographer's and stays.
      const colonsEnd = label.extraColons?.end.character ?? label.colon.end.character;
      const textStart = turn.text.range.start.character;
      if (turn.text.text.length > 0 && textStart >= colonsEnd) {
        const gap = text.slice(colonsEnd, textStart);
        if (gap === '' || (gap !== ' ' && gap !== '\u00A0' && HORIZONTAL_SPACE.test(gap))) {
          planned.push({ edit: edit(span(line, colonsEnd, textStart), ' '), first: line, last: line });
        }
      }
    }
  }

  if (options.omissionMarks !== 'keep') {
    const target = OMISSION_TEXT[options.omissionMarks];
    for (const mark of transcript.marks) {
      const line = mark.range.start.line;
      if (mark.kind !== 'omission' || removed[line] || mark.text === target || !ANGLE_OMISSION.test(mark.text)) continue;
      planned.push({ edit: edit(mark.range, target), first: line, last: line });
    }
  }

  for (let i = 0; i < n; i++) {
    if (removed[i]) continue;
    const text = lines[i].text;
    const end = text.length;
    let trailing = options.trimTrailingWhitespace ? TRAILING_SPACE.exec(text) : null;
    // Emptying a line that stands between a lone CR and an LF would join them into one CRLF: one
    // line break less. Such a line (only in files of mixed line endings) keeps its white space.
    if (trailing?.index === 0 && i > 0 && lines[i - 1].terminator === '\r' && lines[i].terminator === '\n') trailing = null;
    const isLast = i === n - 1 && finalNewline !== undefined;
    if (trailing) planned.push({ edit: edit(span(i, trailing.index, end), isLast ? finalNewline! : ''), first: i, last: i });
    else if (isLast) planned.push({ edit: edit(span(i, end, end), finalNewline!), first: i, last: i });
  }

  let chosen = planned;
  if (range) {
    const firstLine = range.start.line;
    const lastLine = range.end.character === 0 && range.end.line > range.start.line ? range.end.line - 1 : range.end.line;
    chosen = planned.filter((p) => p.first >= firstLine && p.last <= lastLine);
  }
  return chosen
    .map((p) => p.edit)
    .sort(
      (a, b) =>
        a.range.start.line - b.range.start.line ||
        a.range.start.character - b.range.start.character ||
        a.range.end.line - b.range.end.line ||
        a.range.end.character - b.range.end.character,
    );
}

/**
 * On-type formatting: `:` typed right after a speaker label at the start of a line (`В.Путин:|`)
 * gets one space after it, when the line reads as a label (the model made it a turn) and no white
 * space follows the colon yet. Nothing else: a colon in prose, a second colon, Enter — all nothing.
 */
export function formatOnType(transcript: Transcript, position: Position, ch: string, settings: FormatSettings): TextEdit[] {
  if (ch !== ':' || !settings.labelSpacing) return [];
  const turn = transcript.turns[firstFrom(transcript.turns, position.line, (t) => t.startLine)];
  if (!turn || turn.startLine !== position.line) return [];
  const colon = turn.label.colon;
  if (colon.end.character !== position.character || turn.label.extraColons) return [];
  const text = transcript.lines[position.line].text;
  const next = text[position.character];
  if (next !== undefined && /\s/.test(next)) return [];
  return [edit(span(position.line, position.character, position.character), ' ')];
}
