// Labels by tradition: the shapes `traditions/*.ts` name, read at the start of a line. labels.ts
// reads what every transcript writes (`В.Путин:`, `Vladimir Putin:`, `Вопрос:`); this file reads what
// a tradition adds to it:
//
//   MS. JEAN-PIERRE:  Good afternoon.            title + name in capitals          (US press)
//   Q    Thanks, Karine.                         reporter mark, no colon           (US press)
//   Mr. NIELDS. What was the nature of it?       title + surname, a period ends it (US hearing)
//   Mr. COHEN Can I ask one question?            … or nothing does                 (US hearing)
//   Председательствующий. Добрый день!           role word + period                (parliament)
//   Жириновский В. В. Уважаемые коллеги!         surname + initials + speech       (parliament)
//   Смолин О. Н., фракция КПРФ.                  … alone on its line, speech below (parliament)
//   President. – The next item is the debate…    `. – ` after the label            (European Parliament)
//   Mr. Nebenzia (Russian Federation): …         name + affiliation                (UN, Bundestag, Hansard)
//   THE WITNESS: Yes, sir.   WALLACE: Good evening.   Speaker 1: Hi.
//   [00:01:23] Anna Lee: …   Speaker 1 (00:01:23): …   Anna Lee  0:01 (alone; Otter)
//
// Every result is a LabelMatch as labels.ts gives one, with the terminator and any timestamp set.

import { matchLabel, type LabelMatch } from './labels';
import { speakerKey } from './speakerKeys';
import { timestampSeconds } from './timestamps';
import { TITLE_WORDS, THE_ROLE_WORDS, GENERIC_SPEAKERS, NAME_PARTICLES } from './traditions/words';
import type { Terminator, Tradition } from './traditions/types';

type Matcher = (line: string, knownKeys?: ReadonlySet<string>) => LabelMatch | undefined;

const matchers = new Map<string, Matcher>();

/** How a file of this tradition reads a line: its own shapes, and those every file reads. For
 *  kremlin.ru, today's reading first (its files are the ones the shapes were tuned on). */
export function labelMatcher(tradition: Tradition): Matcher {
  let m = matchers.get(tradition.id);
  if (!m) {
    const own = (line: string) => matchTraditionLabel(line, tradition);
    const atStart: Matcher =
      tradition.id === 'kremlin'
        ? (line, keys) => matchLabel(line, keys) ?? own(line)
        : (line, keys) => own(line) ?? plain(matchLabel(line, keys), tradition);
    m = (line, keys) => atStart(line, keys) ?? indented(line, atStart, keys);
    matchers.set(tradition.id, m);
  }
  return m;
}

/** A weak role + name reading (`Tomorrow, President Biden will announce … Renewal:`) is prose in a
 *  tradition that names people by title or in capitals. */
function plain(m: LabelMatch | undefined, tradition: Tradition): LabelMatch | undefined {
  return m && !m.strong && m.form === 'role-name' && !tradition.plainNames ? undefined : m;
}

/** A label typed after one to three spaces (` В.Путин: …`), read as the line would be without them
 *  when its shape is a strong one (the label's `indent` is the spaces' range). */
function indented(line: string, atStart: Matcher, keys: ReadonlySet<string> | undefined): LabelMatch | undefined {
  let k = 0;
  while (k < line.length && k < 4 && (line[k] === ' ' || line[k] === '\u00A0' || line[k] === '\t')) k++;
  if (k === 0 || k > 3 || line[0] === '\t') return undefined;
  const m = atStart(line.slice(k), keys);
  if (!m || (!m.strong && !keys?.has(m.key))) return undefined;
  return shiftMatch(m, k);
}

function shiftMatch(m: LabelMatch, d: number): LabelMatch {
  const s = (x: number | undefined) => (x === undefined ? undefined : x + d);
  return {
    ...m,
    start: m.start + d,
    end: m.end + d,
    nameStart: m.nameStart + d,
    nameEnd: m.nameEnd + d,
    noteStart: s(m.noteStart),
    noteEnd: s(m.noteEnd),
    tooltipStart: s(m.tooltipStart),
    tooltipEnd: s(m.tooltipEnd),
    colon: m.colon + d,
    colonsEnd: m.colonsEnd + d,
    textStart: m.textStart + d,
    timeStart: s(m.timeStart),
    timeEnd: s(m.timeEnd),
    indent: d,
  };
}

// --- Timestamps ----------------------------------------------------------------------------------

/** `1:23`, `01:23`, `0:01:23`, `00:01:23.5`, `00:01:23,500` (timestamps.ts reads their fields). */
const TS = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;
const TS_PREFIX = new RegExp(String.raw`^(?:\[(${TS})\]|\((${TS})\)|(\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,3})?))[ \t\u00A0]+(?:[-–—][ \t\u00A0]+)?`);
const TS_BEFORE_COLON = new RegExp(String.raw`[ \t\u00A0]*(?:\[(${TS})\]|\((${TS})\))[ \t\u00A0]*:`);
const TS_AFTER_COLON = new RegExp(String.raw`^(?:\[(${TS})\]|\((${TS})\))[ \t\u00A0]*`);
const TS_ALONE = new RegExp(String.raw`^(.{1,80}?)[ \t\u00A0]+(?:\((${TS})\)|\[(${TS})\]|(${TS}))[ \t\u00A0]*$`);

// --- Words ---------------------------------------------------------------------------------------

const SPACE = /[ \t\u00A0\u2000-\u200B\u202F\u205F\u3000]/;
const CAP_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*$/u;
/** A surname in capitals as hearings print it: `NORTH`, `McFARLANE`, `O'NEILL`, `VAN`. */
const CAPS_SURNAME = /^(?:Mc|Mac|De|Di|Da|La|Le|Van|Von|O'|O’|D'|D’)?\p{Lu}[\p{Lu}\p{M}'’-]+$/u;
const CAPS_WORD = /^[\p{Lu}\p{M}'’.-]*\p{Lu}[\p{Lu}\p{M}'’.-]*$/u;
const HAS_LOWER = /\p{Ll}/u;
/** What opens a speech after a label with no colon: a capital, a digit, a quote, a dash, a bracket. */
const SPEECH_OPENER = /^[\p{Lu}\d«“"„'‘(\[—–…$€£№#-]/u;

interface Word {
  word: string;
  start: number;
  end: number;
}

function wordsOf(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  let i = from;
  while (i < to) {
    while (i < to && SPACE.test(text[i])) i++;
    const start = i;
    while (i < to && !SPACE.test(text[i])) i++;
    if (i > start) out.push({ word: text.slice(start, i), start, end: i });
  }
  return out;
}

const bare = (w: string) => w.replace(/[.,]$/, '').toLowerCase();

function isNameWord(w: string): boolean {
  return CAP_WORD.test(w) || CAPS_SURNAME.test(w) || NAME_PARTICLES.has(w.toLowerCase()) || /^\p{Lu}\.$/u.test(w);
}

/** How many leading words form a title: `Mr.`, `MS.`, `Attorney General`, `PRIME MINISTER`. */
function titleLength(ws: readonly Word[]): number {
  let n = 0;
  while (n < ws.length && n < 4) {
    const w = ws[n].word;
    if (!TITLE_WORDS.has(bare(w)) || HAS_LOWER.test(w[0])) break;
    // A period only after an abbreviation (`Mr.`, `Dr.`), not after `General.`.
    if (w.endsWith('.') && bare(w).length > 4) break;
    n++;
  }
  return n;
}

// --- Shapes --------------------------------------------------------------------------------------

interface Head {
  form: LabelMatch['form'];
  key: string;
  /** Shapes prose takes too need a colon; these may end with a period or nothing where the tradition allows. */
  bare: boolean;
  nameEnd?: number;
  noteStart?: number;
  noteEnd?: number;
}

/** What the words `[from, to)` of `line` are as a label of this tradition, if anything. */
function classifyHead(line: string, from: number, to: number, t: Tradition, terminator: Terminator): Head | undefined {
  const ws = wordsOf(line, from, to);
  if (ws.length === 0 || ws.length > 12) return undefined;
  const text = line.slice(from, to);
  const lower = text.replace(/[\s\u00A0]+/g, ' ').toLowerCase();
  const shapes = t.shapes;

  // Role words of the tradition: `Председательствующий`, `ГОЛОВУЮЧИЙ`, `MODERATOR`, `Mr Speaker`.
  if (t.roles.includes(lower) || t.roles.includes(lower.replace(/\./g, ''))) return { form: 'role', key: lower.replace(/\./g, ''), bare: true };

  // `Speaker 1`, `Speaker A`, `Participant 3`.
  if (shapes.includes('generic-speaker') && GENERIC_SPEAKERS.test(text)) return { form: 'name', key: lower, bare: false };

  // `THE PRESIDENT`, `The Witness`, `THE VICE PRESIDENT`.
  if (shapes.includes('the-role') && ws.length >= 2 && ws.length <= 4 && /^the$/i.test(ws[0].word)) {
    const rest = ws.slice(1);
    const caps = rest.every((w) => CAPS_WORD.test(w.word));
    const last = bare(rest[rest.length - 1].word);
    if ((caps && (ws[0].word === 'THE' || ws[0].word === 'The')) || (rest.every((w) => CAP_WORD.test(w.word)) && THE_ROLE_WORDS.has(last))) {
      return { form: 'title-name', key: lower, bare: caps };
    }
  }

  // `Mr. NORTH`, `MS. JEAN-PIERRE`, `Dr. Smith`, `Attorney General MEESE`, `PRIME MINISTER KISHIDA`.
  if (shapes.includes('title-name')) {
    const n = titleLength(ws);
    if (n > 0 && n < ws.length && ws.length - n <= 4) {
      const name = ws.slice(n);
      const last = name[name.length - 1].word;
      if (name.every((w) => isNameWord(w.word)) && !NAME_PARTICLES.has(last.toLowerCase()) && !TITLE_WORDS.has(bare(last))) {
        // Without a colon, the surname in capitals is what tells a label from a sentence (`Mr. NIELDS. What…`).
        const capsName = name.every((w) => CAPS_SURNAME.test(w.word) || NAME_PARTICLES.has(w.word.toLowerCase()));
        return { form: 'title-name', key: titleNameKey(text), bare: capsName };
      }
    }
  }

  // `MODERATOR`, `AIDE`, `TRUMP`, `SENIOR ADMINISTRATION OFFICIAL`, `SECREATRY MAYORKAS`.
  // Three words or more are labels.ts's: a role in capitals before the person's name (`PRESIDENTIAL
  // PRESS SECRETARY DMITRY PESKOV`).
  if (shapes.includes('caps-name') && terminator === ':' && ws.length <= 2 && ws.every((w) => CAPS_WORD.test(w.word))) {
    const letters = text.replace(/[^\p{L}]/gu, '');
    if (letters.length >= 2) return { form: 'caps', key: speakerKey(text, 'caps'), bare: false };
  }
  return undefined;
}

/** `Mr. NORTH`, `MR NORTH`, `Mr North` → `mr north`. */
export function titleNameKey(text: string): string {
  return text.replace(/\./g, ' ').replace(/[\s\u00A0]+/g, ' ').trim().toLowerCase();
}

/** Read a label of the tradition at the start of `line` (no leading white space; a BOM is skipped). */
export function matchTraditionLabel(line: string, t: Tradition): LabelMatch | undefined {
  const start = line.charCodeAt(0) === 0xfeff ? 1 : 0;
  const first = line[start];
  if (first === undefined || SPACE.test(first)) return undefined;
  const limit = Math.min(line.length, start + 300);
  const colon = labelColon(line, start, limit);
  const hasColon = colon >= 0 && colon < limit;
  // Most lines of most files: no colon near the start, and a tradition whose labels all have one.
  if (!hasColon && t.terminators.length === 1 && t.marks.length === 0 && !t.aloneOnLine) return undefined;

  // A timestamp before the label: `[00:01:23] Name: …`, `00:01:23 Name: …`.
  if (t.shapes.includes('timestamp') && (first === '[' || first === '(' || (first >= '0' && first <= '9'))) {
    return timestampFirst(line, start, t);
  }
  if (t.marks.includes(first) && line.length > start + 1) {
    const mark = reporterMark(line, start, t);
    if (mark !== undefined) return mark ?? undefined;
  }
  const withColon = hasColon ? colonLabel(line, start, colon, t) : undefined;
  return withColon ?? labelWithoutColon(line, start, limit, t);
}

/** `[00:01:23] Name: …`, `00:01:23 Name: …`: the label after the timestamp, with its time. Undefined
 *  for `[00:01:23] Anna Lee` and the text below, or a name that no shape reads: any short name. */
function timestampFirst(line: string, start: number, t: Tradition): LabelMatch | undefined {
  const ts = TS_PREFIX.exec(line.slice(start));
  if (!ts) return undefined;
  const after = start + ts[0].length;
  const restLine = line.slice(after);
  const rest = matchTraditionLabel(restLine, t) ?? matchLabel(restLine) ?? nameAfterTime(restLine);
  if (!rest) return undefined;
  const m = shiftMatch(rest, after);
  m.indent = undefined;
  const raw = ts[1] ?? ts[2] ?? ts[3];
  const at = line.indexOf(raw, start);
  return { ...m, timeStart: at - (ts[1] || ts[2] ? 1 : 0), timeEnd: at + raw.length + (ts[1] || ts[2] ? 1 : 0), seconds: timestampSeconds(raw), strong: true };
}

/** Reporter marks: `Q    Thanks.`, `Q Hey, Ian.` (press), `Q. Did you…` / `A. Yes.` (examinations),
 *  `Q: …`. Null where the line is no label at all; undefined where it is not a mark (other shapes
 *  may read it). */
function reporterMark(line: string, start: number, t: Tradition): LabelMatch | null | undefined {
  const first = line[start];
  const next = line[start + 1];
  let k = start + 1;
  let terminator: Terminator = '';
  if (next === ':' || next === '.') {
    terminator = next === ':' ? ':' : '.';
    k++;
  }
  let s = k;
  while (s < line.length && SPACE.test(line[s])) s++;
  const gap = s - k;
  const ok =
    terminator !== ''
      ? gap >= 1 || s >= line.length
      : line[start + 1] === '\t' || gap >= 2 || (t.markSingleSpace && gap === 1 && s < line.length);
  if (!ok || !(s >= line.length || SPEECH_OPENER.test(line[s]) || /\p{Ll}/u.test(line[s]))) return undefined;
  if (terminator === '.' && !t.terminators.includes('.')) return null;
  // `A. Repik: Good afternoon.` is an initial and a surname, not the witness's mark.
  if (terminator === '.' && (matchLabel(line)?.form === 'initials' || /^\p{Lu}[\p{L}'’-]*[ \u00A0]*[:：]/u.test(line.slice(s)))) return null;
  return build(start, start + 1, start, start + 1, terminator === '' ? start + 1 : start + 1, terminator, s, 'role', first.toLowerCase(), true);
}

/** A label and its colon (with a timestamp before the colon or after it). */
function colonLabel(line: string, start: number, colon: number, t: Tradition): LabelMatch | undefined {
  // `Speaker 1 (00:01:23):`
  const timeBefore = t.shapes.includes('timestamp') && (line[colon - 1] === ']' || line[colon - 1] === ')' || SPACE.test(line[colon - 1] ?? ''))
    ? timeBeforeColon(line, start, colon)
    : undefined;
  let end = timeBefore ? timeBefore.labelEnd : colon;
  while (end > start && SPACE.test(line[end - 1])) end--;
  if (end <= start) return undefined;
  // Affiliations in parentheses after the name: `Mr. Nebenzia (Russian Federation) (spoke in Russian)`.
  const noteStart = t.shapes.includes('name-affiliation') && line[end - 1] === ')' ? affiliationStart(line, start, end) : undefined;
  let nameEnd = end;
  if (noteStart !== undefined) {
    nameEnd = noteStart;
    while (nameEnd > start && SPACE.test(line[nameEnd - 1])) nameEnd--;
  }
  let colonsEnd = colon + 1;
  while (line[colonsEnd] === ':') colonsEnd++;
  let textStart = colonsEnd;
  while (textStart < line.length && SPACE.test(line[textStart])) textStart++;
  // `Chris Wallace: (01:20) Good evening…`
  const timeAfter = !timeBefore && t.shapes.includes('timestamp') ? TS_AFTER_COLON.exec(line.slice(textStart)) : null;
  const head = nameEnd > start ? classifyHead(line, start, nameEnd, t, ':') : undefined;
  const timed = timeBefore !== undefined || timeAfter !== null;
  const viaBase = !head && (noteStart !== undefined || timed) ? matchLabel(`${line.slice(start, nameEnd)}: x`) : undefined;
  const generic = !head && !viaBase && timed ? genericName(line, start, nameEnd) : undefined;
  const form = head?.form ?? viaBase?.form ?? generic?.form;
  const key = head?.key ?? viaBase?.key ?? generic?.key;
  if (!form || key === undefined) return undefined;
  const time = timeBefore ?? (timeAfter ? timeAt(textStart, timeAfter[1] ?? timeAfter[2]) : undefined);
  if (timeAfter) textStart += timeAfter[0].length;
  const m = build(start, end, start, viaBase ? start + viaBase.nameEnd : nameEnd, colon, ':', textStart, form, key, true, colonsEnd);
  if (noteStart !== undefined) {
    m.noteStart = noteStart;
    m.noteEnd = end;
  }
  if (time) Object.assign(m, { timeStart: time.timeStart, timeEnd: time.timeEnd, seconds: time.seconds });
  return m;
}

/** `[00:01:23] Anna: …`: after a timestamp that opens the line, a short name before a colon is a
 *  speaker's, one word too (the time says a speaker follows; `Note: …` in prose has none). */
function nameAfterTime(line: string): LabelMatch | undefined {
  const colon = line.indexOf(':');
  if (colon <= 0) return undefined;
  let end = colon;
  while (end > 0 && SPACE.test(line[end - 1])) end--;
  const head = end > 0 ? genericName(line, 0, end) : undefined;
  if (!head) return undefined;
  let colonsEnd = colon + 1;
  while (line[colonsEnd] === ':') colonsEnd++;
  let textStart = colonsEnd;
  while (textStart < line.length && SPACE.test(line[textStart])) textStart++;
  return build(0, end, 0, end, colon, ':', textStart, head.form, head.key, true, colonsEnd);
}

/** A timestamp's columns (with its brackets) and seconds. */
interface Time {
  timeStart: number;
  timeEnd: number;
  seconds: number;
}

/** A bracketed timestamp `raw` whose opening bracket is at `at`. */
function timeAt(at: number, raw: string): Time {
  return { timeStart: at, timeEnd: at + raw.length + 2, seconds: timestampSeconds(raw) };
}

/** `Speaker 1 (00:01:23):`: the timestamp right before the colon, and where the label before it ends. */
function timeBeforeColon(line: string, start: number, colon: number): (Time & { labelEnd: number }) | undefined {
  const before = line.slice(start, colon + 1);
  const tb = TS_BEFORE_COLON.exec(before);
  if (!tb || tb.index + tb[0].length !== before.length) return undefined;
  const raw = tb[1] ?? tb[2];
  return { ...timeAt(start + before.indexOf(raw, tb.index) - 1, raw), labelEnd: start + tb.index };
}

/** Where the affiliations in parentheses after a name start (up to three: `Mr. Nebenzia (Russian
 *  Federation) (spoke in Russian)`); undefined when the parentheses are not those. */
function affiliationStart(line: string, start: number, end: number): number | undefined {
  let noteStart: number | undefined;
  let k = end;
  for (let n = 0; n < 3 && line[k - 1] === ')'; n++) {
    const open = line.lastIndexOf('(', k - 1);
    if (open <= start || line.slice(open + 1, k - 1).includes(')')) break;
    noteStart = open;
    k = open;
    while (k > start && SPACE.test(line[k - 1])) k--;
  }
  return noteStart;
}

/** Labels a period ends, or nothing, or that stand alone on their line. */
function labelWithoutColon(line: string, start: number, limit: number, t: Tradition): LabelMatch | undefined {
  // Period labels: `Mr. NIELDS. What…`, `Председательствующий. Добрый…`, `President. – The next item…`.
  if (t.terminators.includes('.')) {
    const found = periodLabel(line, start, limit, t);
    if (found) return found;
  }
  if (t.shapes.includes('surname-initials')) {
    const found = surnameInitials(line, start, t);
    if (found) return found;
  }
  // No terminator: `Mr. COHEN Can I ask…`.
  if (t.terminators.includes('')) {
    const found = unterminatedLabel(line, start, limit, t);
    if (found) return found;
  }
  return t.aloneOnLine && t.shapes.includes('timestamp') ? nameAndTimeAlone(line, start, t) : undefined;
}

/** Otter: `Anna Lee  0:01` alone on its line, the speech below. */
function nameAndTimeAlone(line: string, start: number, t: Tradition): LabelMatch | undefined {
  const a = TS_ALONE.exec(line.slice(start));
  if (!a) return undefined;
  const nameEnd = start + a[1].length;
  const head = classifyHead(line, start, nameEnd, t, ':') ?? genericName(line, start, nameEnd);
  if (!head) return undefined;
  const raw = a[2] ?? a[3] ?? a[4];
  const at = line.lastIndexOf(raw);
  const bracket = a[4] === undefined ? 1 : 0;
  const m = build(start, nameEnd, start, nameEnd, nameEnd, '', line.length, head.form, head.key, true);
  return { ...m, timeStart: at - bracket, timeEnd: at + raw.length + bracket, seconds: timestampSeconds(raw) };
}

/** The first colon that is not a timestamp's (`Chris Wallace (00:00:01):`); -1 when none before `limit`. */
function labelColon(line: string, start: number, limit: number): number {
  for (let c = line.indexOf(':', start); c >= 0 && c < limit; c = line.indexOf(':', c + 1)) {
    const before = line.charCodeAt(c - 1);
    const after = line.charCodeAt(c + 1);
    if (!(before >= 48 && before <= 57 && after >= 48 && after <= 57)) return c;
  }
  return -1;
}

/** A name any recording may give a speaker, when a timestamp vouches for it: `Anna Lee`, `Dr. Ruth`, `Host`. */
function genericName(line: string, from: number, to: number): Head | undefined {
  const text = line.slice(from, to);
  // Not a one-letter word (`В 12:40`: a preposition and a time).
  if (!/^[\p{Lu}\d][\p{L}\p{M}\d .'’-]{0,60}$/u.test(text) || /^\p{L}(?:\s|$)/u.test(text)) return undefined;
  const ws = wordsOf(line, from, to);
  if (ws.length === 0 || ws.length > 6) return undefined;
  return { form: 'name', key: text.replace(/[\s\u00A0]+/g, ' ').toLowerCase(), bare: false };
}

function periodLabel(line: string, start: number, limit: number, t: Tradition): LabelMatch | undefined {
  // Each period that a space and a speech follow (or the line's end, for a label alone on its line).
  for (let p = line.indexOf('.', start); p >= 0 && p < limit && p - start <= 200; p = line.indexOf('.', p + 1)) {
    let s = p + 1;
    while (s < line.length && SPACE.test(line[s])) s++;
    const alone = s >= line.length;
    if (!alone && s === p + 1) continue; // `Lenta.ru`, `U.S.`
    // `. – ` (European Parliament).
    let dash = false;
    if (!alone && /[–—-]/.test(line[s]) && SPACE.test(line[s + 1] ?? '')) {
      dash = true;
      s++;
      while (s < line.length && SPACE.test(line[s])) s++;
    }
    if (!alone && !SPEECH_OPENER.test(line[s])) continue;
    let end = p;
    while (end > start && SPACE.test(line[end - 1])) end--;
    if (end === start) return undefined;
    const head = classifyHead(line, start, end, t, '.');
    if (head && (head.bare || head.form === 'role')) {
      if (alone && !t.aloneOnLine) return undefined;
      return build(start, end, start, end, p, '.', alone ? line.length : s, head.form, head.key, true);
    }
    if (dash && t.shapes.includes('dash-after-period')) {
      // `Manfred Weber, on behalf of the PPE Group. – Mr President, …`: the name before the comma.
      const text = line.slice(start, end);
      if (!/^\p{Lu}/u.test(text) || /[:;!?«»“”"]/.test(text)) return undefined;
      const comma = text.indexOf(',');
      const nameEnd = comma > 0 ? start + comma : end;
      const ws = wordsOf(line, start, nameEnd);
      if (ws.length === 0 || ws.length > 6 || !ws.every((w) => isNameWord(w.word) || TITLE_WORDS.has(bare(w.word)))) return undefined;
      const m = build(start, end, start, nameEnd, p, '.', s, ws.length === 1 && TITLE_WORDS.has(bare(ws[0].word)) ? 'role' : 'name', line.slice(start, nameEnd).replace(/[\s\u00A0]+/g, ' ').toLowerCase(), true);
      if (comma > 0) {
        let ns = nameEnd + 1;
        while (ns < end && SPACE.test(line[ns])) ns++;
        m.noteStart = ns;
        m.noteEnd = end;
      }
      return m;
    }
    // A period after an abbreviation or an initial (`Mr.`, `A.`) goes on; the first that ends a
    // sentence ends the search.
    const before = line.slice(start, p);
    const lastWord = before.slice(before.search(/\S+$/));
    if (!(TITLE_WORDS.has(lastWord.toLowerCase()) && lastWord.length <= 4) && !/^\p{Lu}$/u.test(lastWord)) return undefined;
    if (p - start > 80) return undefined;
  }
  return undefined;
}

const SURNAME_INITIALS = /^(\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?|\p{Lu}[\p{Lu}\p{M}'’]+(?:-\p{Lu}[\p{Lu}\p{M}'’]+)?)[ \u00A0]+(\p{Lu}\.(?:[ \u00A0]?\p{Lu}\.)?)/u;

/** `Жириновский В. В. Уважаемые коллеги!`, `ПАРУБІЙ А.В. Шановні…`, `Смолин О. Н., фракция КПРФ.` alone. */
function surnameInitials(line: string, start: number, t: Tradition): LabelMatch | undefined {
  const m = SURNAME_INITIALS.exec(line.slice(start));
  if (!m) return undefined;
  // A colon label wins: `Adnan Z. Amin: Thank you.` is a name, not `Adnan Z.` and a speech.
  if (matchLabel(line)) return undefined;
  const end = start + m[0].length;
  const name = line.slice(start, end);
  const key = speakerKey(name, 'surname-initials');
  let s = end;
  while (s < line.length && SPACE.test(line[s])) s++;
  if (s >= line.length) return t.aloneOnLine ? build(start, end, start, end, end, '', line.length, 'surname-initials', key, true) : undefined;
  if (line[end] === ',') {
    const speech = affiliationEnd(line, end + 1);
    if (speech) {
      // `ЮРЧЕНКО О.М., голова підкомітету … (… округ № 183, …). Шановний пане Голово!`
      let ns = end + 1;
      while (ns < line.length && SPACE.test(line[ns])) ns++;
      const out = build(start, speech.period, start, end, speech.period, '.', speech.text, 'surname-initials', key, true);
      out.noteStart = ns;
      out.noteEnd = speech.period;
      return out;
    }
  }
  if (line[end] === ',' && t.aloneOnLine) {
    // `Смолин О. Н., фракция КПРФ.` — the affiliation, then the line ends (the speech is below).
    const rest = line.slice(end + 1).trimEnd();
    if (rest.length <= 200 && /\.$/.test(rest) && !/[.!?](?=.)/.test(rest.slice(0, -1).replace(/\b\p{Lu}\./gu, ''))) {
      let ns = end + 1;
      while (ns < line.length && SPACE.test(line[ns])) ns++;
      const period = end + 1 + rest.length - 1;
      const out = build(start, period, start, end, period, '.', line.length, 'surname-initials', key, true);
      out.noteStart = ns;
      out.noteEnd = period;
      return out;
    }
    return undefined;
  }
  if (s === end) return undefined;
  if (!/^[\p{Lu}«“"„—–(]/u.test(line[s])) return undefined;
  return build(start, end, start, end, end, '', s, 'surname-initials', key, true);
}

/** Where an affiliation after a parliament label ends: the first period outside parentheses and quotes
 *  that a space and a capital follow (`…, голова підкомітету (округ № 183, "Слуга народу"). Шановний…`). */
function affiliationEnd(line: string, from: number): { period: number; text: number } | undefined {
  let depth = 0;
  let quoted = false;
  for (let i = from; i < line.length && i - from <= 300; i++) {
    const c = line[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === '"' || c === '«' || c === '»' || c === '“' || c === '”') quoted = c === '"' ? !quoted : c === '«' || c === '“';
    else if (c === '.' && depth === 0 && !quoted && SPACE.test(line[i + 1] ?? '')) {
      if (/\p{Lu}$/u.test(line.slice(Math.max(from, i - 2), i)) && !/\p{L}\p{Lu}$/u.test(line.slice(Math.max(from, i - 2), i))) continue; // an initial
      let s = i + 1;
      while (s < line.length && SPACE.test(line[s])) s++;
      return s < line.length && /^[\p{Lu}«“"„—–]/u.test(line[s]) ? { period: i, text: s } : undefined;
    } else if (c === '!' || c === '?' || c === ':' || c === ';') return undefined;
  }
  return undefined;
}

/** `Mr. COHEN Can I ask one question?`: a title and a surname in capitals, then the speech. */
function unterminatedLabel(line: string, start: number, limit: number, t: Tradition): LabelMatch | undefined {
  const ws = wordsOf(line, start, Math.min(limit, start + 80));
  const n = titleLength(ws);
  if (n === 0) return undefined;
  let k = n;
  while (k < ws.length && k - n < 3 && (CAPS_SURNAME.test(ws[k].word) || (NAME_PARTICLES.has(ws[k].word.toLowerCase()) && k + 1 < ws.length))) k++;
  if (k === n || k >= ws.length) return undefined;
  const next = ws[k].word;
  // The speech opens with a capitalised word (not another in capitals: `Mr. NORTH AND…` is no label).
  if (!SPEECH_OPENER.test(next) || CAPS_SURNAME.test(next.replace(/[,.!?]$/, ''))) return undefined;
  const end = ws[k - 1].end;
  const head = classifyHead(line, start, end, t, '');
  if (!head || !head.bare) return undefined;
  return build(start, end, start, end, end, '', ws[k].start, head.form, head.key, true);
}

function build(
  start: number,
  end: number,
  nameStart: number,
  nameEnd: number,
  terminatorAt: number,
  terminator: Terminator,
  textStart: number,
  form: LabelMatch['form'],
  key: string,
  strong: boolean,
  colonsEnd = terminator === '' ? terminatorAt : terminatorAt + 1,
): LabelMatch {
  return { start, end, nameStart, nameEnd, colon: terminatorAt, colonsEnd, textStart, form, key, strong, terminator };
}
