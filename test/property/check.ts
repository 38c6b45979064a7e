// What the property tests assert about ranges and texts, as lists of problems (empty when all holds),
// so that a failing case says exactly what is wrong where.
import type { Position, Range, Transcript } from '../../server/src/transcript';
import { rangeText } from '../helpers/view';

/** Line lengths (UTF-16, terminator excluded) of `text`, lines ending at LF, CRLF or CR as LSP counts them. */
export function lineLengths(text: string): number[] {
  const out: number[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      out.push(i - start);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  out.push(text.length - start);
  return out;
}

function isRange(x: unknown): x is Range {
  if (!x || typeof x !== 'object') return false;
  const r = x as Record<string, unknown>;
  const isPos = (p: unknown) => !!p && typeof p === 'object' && typeof (p as Position).line === 'number' && typeof (p as Position).character === 'number';
  return isPos(r.start) && isPos(r.end);
}

/** Every `{ start, end }` range anywhere inside `value`, with the path to it. */
export function rangesIn(value: unknown, path = '', out: { path: string; range: Range }[] = [], seen = new Set<unknown>()): { path: string; range: Range }[] {
  if (!value || typeof value !== 'object' || seen.has(value)) return out;
  seen.add(value);
  if (isRange(value)) {
    out.push({ path, range: value });
    return out;
  }
  if (value instanceof Map) {
    for (const [k, v] of value) rangesIn(v, `${path}[${String(k)}]`, out, seen);
    return out;
  }
  for (const [k, v] of Object.entries(value)) rangesIn(v, path ? `${path}.${k}` : k, out, seen);
  return out;
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** A range is well-formed (integers, start ≤ end) and lies inside a document whose lines are `lengths` long. */
export function rangeInside(range: Range, lengths: readonly number[]): string | undefined {
  for (const p of [range.start, range.end]) {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character)) return `non-integer position ${p.line}:${p.character}`;
    if (p.line < 0 || p.line >= lengths.length) return `line ${p.line} outside a document of ${lengths.length} line(s)`;
    if (p.character < 0 || p.character > lengths[p.line]) return `character ${p.character} outside line ${p.line} of ${lengths[p.line]} code units`;
  }
  if (before(range.end, range.start)) return 'ends before it starts';
  return undefined;
}

/** Problems with every range found in `value` against the document `text`. */
export function rangeProblemsIn(value: unknown, text: string, what: string): string[] {
  const lengths = lineLengths(text);
  const problems: string[] = [];
  for (const { path, range } of rangesIn(value)) {
    const problem = rangeInside(range, lengths);
    if (problem) problems.push(`${what}${path ? '.' + path : ''} ${rangeText(range)}: ${problem}`);
  }
  return problems;
}

/** The model's lines are the document's: same count, same texts, each at its offset, separated by one terminator. */
export function modelTextProblems(t: Transcript, text: string): string[] {
  const problems: string[] = [];
  const lengths = lineLengths(text);
  if (t.lines.length !== lengths.length) problems.push(`${t.lines.length} model lines for ${lengths.length} document lines`);
  let offset = 0;
  t.lines.forEach((l, i) => {
    if (text.slice(offset, offset + l.text.length) !== l.text) problems.push(`line ${i} text differs from the document at offset ${offset}`);
    const after = offset + l.text.length;
    const eol = text.startsWith('\r\n', after) ? '\r\n' : text[after] === '\n' || text[after] === '\r' ? text[after] : '';
    if (l.terminator !== eol) problems.push(`line ${i} ends with ${JSON.stringify(l.terminator)}, the document with ${JSON.stringify(eol)}`);
    if (i < t.lines.length - 1 && eol === '') problems.push(`line ${i} is not followed by a line terminator`);
    if (i === t.lines.length - 1 && after !== text.length) problems.push(`the last line ends at ${after}, the text at ${text.length}`);
    offset = after + eol.length;
  });
  return problems;
}

/** A compact, readable form of a document for failure messages: invisible and lone characters escaped. */
export function show(text: string, max = 400): string {
  const s = JSON.stringify(text.length > max ? text.slice(0, max) : text).replace(
    /[\u0080-\u00A0\u00AD\u1680\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\uD800-\uDFFF\uFEFF\uFFF0-\uFFFF]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
  return text.length > max ? `${s}… (${text.length} code units)` : s;
}
