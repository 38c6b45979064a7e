// The header of a transcript: its title, its date line (`2024-02-29 14:00:00`) and its place
// (`Москва, Кремль`), each standing alone between blank lines before the lead.

import type { LabelMatch } from './labels';
import { isBlank, SEPARATOR, spanOf, URL_LINE } from './lines';
import type { DateLine, Header, SourceLine } from './model';

const DATE_LINE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T\u00A0]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*$/;

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

/** The first non-blank line from `from` on (`bodyEnd + 1` when there is none). */
function nextNonBlank(lines: readonly SourceLine[], from: number, bodyEnd: number): number {
  let k = from;
  while (k <= bodyEnd && isBlank(lines[k].text)) k++;
  return k;
}

/** Read the header (title, date, place) into `header`; returns the line the body starts at. */
export function readHeader(
  lines: readonly SourceLine[],
  bodyEnd: number,
  matchLabel: (line: string) => LabelMatch | undefined,
  header: Header,
): number {
  let i = nextNonBlank(lines, 0, bodyEnd);
  if (i > bodyEnd) return i;
  const firstText = lines[i].text;
  const firstIsDate = parseDateLine(i, firstText);
  if (firstIsDate) {
    header.date = firstIsDate;
    i = nextNonBlank(lines, i + 1, bodyEnd);
  } else if (!matchLabel(firstText) && looksLikeTitle(spanOf(i, firstText).text)) {
    const k = nextNonBlank(lines, i + 1, bodyEnd);
    const date = k <= bodyEnd ? parseDateLine(k, lines[k].text) : undefined;
    if (date) {
      header.title = spanOf(i, firstText);
      header.date = date;
      i = nextNonBlank(lines, k + 1, bodyEnd);
    } else if (k > i + 1 && k <= bodyEnd && !SEPARATOR.test(firstText) && spanOf(i, firstText).text.length <= 200 && !/[.!?]$/.test(spanOf(i, firstText).text)) {
      // A title followed by a blank line but no date (a transcript whose date is not yet known).
      header.title = spanOf(i, firstText);
      i = k;
    }
  }
  if (header.date && i <= bodyEnd) {
    const t = lines[i].text;
    const k = nextNonBlank(lines, i + 1, bodyEnd);
    // The place stands alone between blank lines, before the lead.
    if (looksLikePlace(spanOf(i, t).text) && !matchLabel(t) && !SEPARATOR.test(t) && k > i + 1) {
      header.place = spanOf(i, t);
      i = k;
    }
  }
  return i;
}

