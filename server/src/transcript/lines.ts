// The lines of a transcript: split with their endings kept, and the kinds of line the layout tells
// apart before reading any label (blank, `* * *`, a URL alone).

import { rangeOf, type SourceLine, type TextSpan, type Transcript } from './model';

export interface EolCounts {
  crlf: number;
  lf: number;
  cr: number;
}

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

/** How many lines end with each terminator. */
export function eolCountsOf(lines: readonly SourceLine[]): EolCounts {
  const counts: EolCounts = { crlf: 0, lf: 0, cr: 0 };
  for (const l of lines) {
    if (l.terminator === '\n') counts.lf++;
    else if (l.terminator === '\r\n') counts.crlf++;
    else if (l.terminator === '\r') counts.cr++;
  }
  return counts;
}

/** `* * *`: a section separator. */
export const SEPARATOR = /^\s*\*(?:[\s\u00A0]*\*){2,}\s*$/;
/** A URL alone on its line: the source, when it is the last non-blank line. */
export const URL_LINE = /^\s*(https?:\/\/[^\s]+)\s*$/;

/** A line of nothing but white space (any kind: NBSP, U+2028, vertical tab…, a BOM, a zero-width space). */
const NOT_BLANK = /[^\s\uFEFF\u200B]/;
export function isBlank(text: string): boolean {
  return !NOT_BLANK.test(text);
}

/** The span of a line without leading BOM/white space and trailing white space. */
export function spanOf(lineNo: number, text: string): TextSpan {
  let s = 0;
  let e = text.length;
  while (s < e && /[\s\u00A0\uFEFF]/.test(text[s])) s++;
  while (e > s && /[\s\u00A0]/.test(text[e - 1])) e--;
  return { text: text.slice(s, e), range: rangeOf(lineNo, s, e) };
}

/** Whether a line is a source URL alone. */
export function isUrlLine(text: string): boolean {
  return URL_LINE.test(text);
}
