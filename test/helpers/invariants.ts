// Checks that hold for every transcript, whatever its shape: no line of the text is dropped or
// claimed twice, and every range points at exactly the text the model says stands there.
import type { Range, TextSpan, Transcript } from '../../server/src/transcript';
import { rangeText } from './view';

/**
 * White space as the format counts it: spaces, tabs, U+00A0 and the other Unicode spaces (`\s` holds
 * U+2000–U+200A, U+2028/U+2029, U+202F, U+205F, U+3000, U+FEFF), and U+200B (zero-width space), which
 * pages scraped from kremlin.ru carry where a space stands (`Emma, \u200B\u200Bwould like`, corpus en/).
 */
const WHITE = '[\\s\\u00A0\\u200B\\uFEFF]';
const BLANK = new RegExp(`^${WHITE}*$`);
/** Between a label and its text: the colon(s), with white space on either side — the same white
 *  space as a blank line, so a zero-width space after `В.Путин:` is skipped as a space is. */
const LABEL_TO_TEXT = {
  ':': new RegExp(`^${WHITE}*:+${WHITE}*$`),
  // `Mr. NIELDS. What…`, `President. – The next item…`
  '.': new RegExp(`^${WHITE}*\\.${WHITE}*(?:[–—-]${WHITE}*)?$`),
  // `Q    Thanks.`, `Mr. COHEN Can I…`, a label alone on its line
  '': new RegExp(`^${WHITE}*$`),
};

interface Claim {
  owner: string;
  /** What on the line the owner covers; the rest of the line must be white space. */
  from: number;
  to: number;
  /** For a label line: the stretch between label and text, which must be the colon(s) and spaces. */
  gap?: { from: number; to: number; terminator: ':' | '.' | ''; time?: Range };
}

function whole(owner: string, span: TextSpan | Range): Claim & { line: number } {
  const range = 'range' in span ? span.range : span;
  return { owner, line: range.start.line, from: range.start.character, to: range.end.character };
}

/**
 * Every non-blank line of the text lands in exactly one of: header (title, date, place), lead,
 * section (separator, heading, paragraph), turn (label line, continuation paragraph), source —
 * and what the owner covers is the whole line but for white space. Returns the problems found.
 */
export function lineCoverageProblems(t: Transcript): string[] {
  const claims = new Map<number, Claim[]>();
  const claim = (c: Claim & { line: number }) => {
    const list = claims.get(c.line) ?? [];
    list.push(c);
    claims.set(c.line, list);
  };
  const { title, date, place } = t.header;
  if (title) claim(whole('header title', title));
  if (date) claim(whole('header date', date));
  if (place) claim(whole('header place', place));
  t.lead.forEach((p, i) => claim(whole(`lead ${i}`, p)));
  t.sections.forEach((s, i) => {
    if (s.separator) claim(whole(`section ${i} separator`, s.separator));
    if (s.heading) claim(whole(`section ${i} heading`, s.heading));
    s.paragraphs.forEach((p, k) => claim(whole(`section ${i} paragraph ${k}`, p)));
  });
  for (const turn of t.turns) {
    claim({
      owner: `turn ${turn.index} label line`,
      line: turn.startLine,
      from: turn.range.start.character,
      to: Math.max(turn.text.range.end.character, turn.label.colon.end.character, turn.label.time?.range.end.character ?? 0),
      gap: { from: turn.label.range.end.character, to: turn.text.range.start.character, terminator: turn.label.terminator, time: turn.label.time?.range },
    });
    turn.paragraphs.forEach((p, k) => claim(whole(`turn ${turn.index} paragraph ${k}`, p)));
  }
  if (t.source) claim(whole('source', t.source.range));

  const problems: string[] = [];
  t.lines.forEach((line, n) => {
    const owners = claims.get(n) ?? [];
    const blank = BLANK.test(line.text);
    if (!blank && owners.length === 0) problems.push(`line ${n} is in no part of the model: ${JSON.stringify(line.text)}`);
    if (blank && owners.length > 0) problems.push(`blank line ${n} is claimed by ${owners.map((o) => o.owner).join(', ')}`);
    if (owners.length > 1) problems.push(`line ${n} is claimed ${owners.length} times: ${owners.map((o) => o.owner).join(', ')}`);
    for (const o of owners) {
      const before = line.text.slice(0, o.from);
      const after = line.text.slice(o.to);
      if (!BLANK.test(before) || !BLANK.test(after)) {
        problems.push(`line ${n}: ${o.owner} covers only ${o.from}-${o.to} of ${JSON.stringify(line.text)}`);
      }
      if (o.gap) {
        // A timestamp between the label and its text (`Speaker 1 (00:01:23):`, `Name: (01:20) …`) is the label's.
        let gap = line.text.slice(o.gap.from, o.gap.to);
        const time = o.gap.time;
        if (time && time.start.character >= o.gap.from && time.end.character <= o.gap.to) {
          gap = line.text.slice(o.gap.from, time.start.character) + line.text.slice(time.end.character, o.gap.to);
        }
        if (!LABEL_TO_TEXT[o.gap.terminator].test(gap)) problems.push(`line ${n}: between label and text stands ${JSON.stringify(gap)}`);
      }
    }
  });
  return problems;
}

/**
 * Every range of the model, sliced out of its line with UTF-16 indexes (what a JS string index is and
 * what LSP counts), gives back the text the model holds for it. A model counting code points would
 * fail this on any line with an astral character (😀) before the range.
 */
export function rangeProblems(t: Transcript): string[] {
  const problems: string[] = [];
  const line = (r: Range) => {
    const text = t.lines[r.start.line]?.text.slice(r.start.character, r.end.character) ?? '';
    return BLANK.test(text) ? text : '(white space)';
  };
  const check = (what: string, range: Range, expected: string | undefined) => {
    if (range.start.line !== range.end.line) {
      if (expected !== undefined) problems.push(`${what}: single-line text spans lines ${rangeText(range)}`);
      return;
    }
    const line = t.lines[range.start.line];
    if (!line) {
      problems.push(`${what}: line ${range.start.line} does not exist`);
      return;
    }
    const { character: s } = range.start;
    const { character: e } = range.end;
    if (s < 0 || e < s || e > line.text.length) {
      problems.push(`${what}: ${rangeText(range)} is outside its line of ${line.text.length} code units`);
      return;
    }
    if (expected !== undefined && line.text.slice(s, e) !== expected) {
      problems.push(`${what}: ${rangeText(range)} holds ${JSON.stringify(line.text.slice(s, e))}, the model says ${JSON.stringify(expected)}`);
    }
  };
  const span = (what: string, s: TextSpan | undefined) => s && check(what, s.range, s.text);
  span('title', t.header.title);
  span('date', t.header.date);
  span('place', t.header.place);
  t.lead.forEach((p, i) => span(`lead ${i}`, p));
  t.sections.forEach((s, i) => {
    if (s.separator) check(`section ${i} separator`, s.separator, undefined);
    span(`section ${i} heading`, s.heading);
    s.paragraphs.forEach((p, k) => span(`section ${i} paragraph ${k}`, p));
  });
  for (const turn of t.turns) {
    const l = turn.label;
    const what = `turn ${turn.index}`;
    check(`${what} label`, l.range, l.text);
    check(`${what} name`, l.nameRange, l.name);
    check(`${what} colon`, l.colon, l.terminator);
    if (l.time) span(`${what} time`, l.time);
    if (l.indent) check(`${what} indent`, l.indent, line(l.indent));
    if (l.note) span(`${what} note`, l.note);
    if (l.tooltip) span(`${what} tooltip`, l.tooltip);
    if (l.extraColons) check(`${what} extra colons`, l.extraColons, ':'.repeat(l.extraColons.end.character - l.extraColons.start.character));
    span(`${what} text`, turn.text);
    turn.paragraphs.forEach((p, k) => span(`${what} paragraph ${k}`, p));
  }
  t.marks.forEach((m, i) => check(`mark ${i}`, m.range, m.text));
  t.unclosedMarks.forEach((m, i) => check(`unclosed mark ${i}`, m.range, m.opener));
  if (t.source) check('source', t.source.range, t.source.url);
  return problems;
}
