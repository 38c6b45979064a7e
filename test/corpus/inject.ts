// Helpers of the label-injection check (diagnostics.test.ts): a seeded PRNG, an LSP applyEdits, and
// one recipe per rule that turns a real, clean label line of the corpus into exactly the malformation
// FORMAT.md describes. Each recipe mutates only the label line (embedded-label: joins it to the line
// before) and returns one mutated copy of the document; nothing here looks at what the diagnostics say.
import type { TextEdit } from 'vscode-languageserver-types';
import { RULE_CODES, type Finding, type RuleCode } from '../../server/src/features';
import type { Position, Transcript, Turn } from '../../server/src/transcript';
import { lineStarts } from '../../server/src/transcript';

/** The corpus injections' PRNG is the bench's (mulberry32): one seeded generator for every generated input. */
export { seededRandom as mulberry32 } from '../../bench/generate';

/** A seed from a string (FNV-1a), so each rule draws its own stream. */
export function seedOf(text: string, base = 0): number {
  let h = 0x811c9dc5 ^ base;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function shuffled<T>(items: readonly T[], rand: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const pick = <T>(items: readonly T[], rand: () => number): T => items[Math.floor(rand() * items.length)];

/** Start offset of every line (after LF, CRLF or a lone CR) and where its text ends (before the terminator). */
function lineTable(text: string): { start: number; end: number }[] {
  const lines: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ start, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ start, end: text.length });
  return lines;
}

/** UTF-16 offset of an LSP position; a character past the line's end means the line's end (LSP). */
function offsetAt(lines: { start: number; end: number }[], textLength: number, pos: Position): number {
  if (pos.line < 0) return 0;
  if (pos.line >= lines.length) return textLength;
  const l = lines[pos.line];
  return Math.min(l.start + Math.max(0, pos.character), l.end);
}

/** Apply LSP TextEdits (all against the original text, non-overlapping) the way an editor does. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = lineTable(text);
  const spans = edits
    .map((e, order) => ({
      start: offsetAt(lines, text.length, e.range.start),
      end: offsetAt(lines, text.length, e.range.end),
      newText: e.newText,
      order,
    }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
  for (let i = 0; i < spans.length; i++) {
    if (spans[i].end < spans[i].start) throw new Error(`edit ${spans[i].order} ends before it starts`);
    if (i > 0 && spans[i].start < spans[i - 1].end) throw new Error(`edits ${spans[i - 1].order} and ${spans[i].order} overlap`);
  }
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + s.newText;
    at = s.end;
  }
  return out + text.slice(at);
}

/** One parsed corpus document and what the linter already says about it. */
export interface Doc {
  file: string;
  text: string;
  transcript: Transcript;
  /** Lines holding any finding (hints included) in the unmutated document. */
  findingLines: Set<number>;
}

export function makeDoc(file: string, text: string, transcript: Transcript, findings: readonly Finding[]): Doc {
  const findingLines = new Set<number>();
  for (const f of findings) for (let l = f.range.start.line; l <= f.range.end.line; l++) findingLines.add(l);
  return { file, text, transcript, findingLines };
}

/** The rules no recipe injects: a repeated speaker, a bad date, a scraped tooltip and labels no
 *  tradition reads are not one label line's slip. */
const NOT_INJECTED = ['turn-repeated-speaker', 'header-date-invalid', 'label-tooltip-artefact', 'labels-unrecognised'] as const satisfies readonly RuleCode[];

export type InjectedRule = Exclude<RuleCode, (typeof NOT_INJECTED)[number]>;

/** The rules a recipe injects, in `RULE_CODES` order. */
export const INJECTED_RULES: readonly InjectedRule[] = RULE_CODES.filter((code): code is InjectedRule => !(NOT_INJECTED as readonly RuleCode[]).includes(code));

export interface Mutation {
  rule: InjectedRule;
  file: string;
  /** The label line in the original (0-based). */
  turnLine: number;
  /** The line that holds the malformation in the mutated copy (0-based). */
  line: number;
  /** Columns on `line` a finding must cover (embedded-label: the glued label and its colon; mark-unclosed: the `[`). */
  cover?: [number, number];
  original: string;
  mutated: string;
  /** The original line(s) and the mutated line, for reports. */
  before: string;
  after: string;
  /** Folder, label form, and whether it is the speaker's only or first turn: misses are grouped by it. */
  tag: string;
}

const lineText = (doc: Doc, line: number) => doc.transcript.lines[line].text;

function replaceLine(doc: Doc, line: number, text: string): string {
  const l = doc.transcript.lines[line];
  const at = lineStarts(doc.transcript)[line];
  return doc.text.slice(0, at) + text + doc.text.slice(at + l.text.length);
}

function speakerOf(doc: Doc, turn: Turn) {
  return doc.transcript.speakers.get(turn.label.key);
}

function isPerson(doc: Doc, turn: Turn): boolean {
  return turn.label.form !== 'role' && !speakerOf(doc, turn)?.isRole;
}

/** A label line with nothing else wrong: `Label: Text` (a colon label: the rules injected are the colon's), the label at column 0, one colon right after it and
 *  white space after the colon, no scraped tooltip, and no finding of any rule on the line. Each mutated copy
 *  then carries exactly one malformation, the injected one. */
function clean(doc: Doc, turn: Turn): boolean {
  const l = turn.label;
  return (
    l.terminator === ':' &&
    !l.tooltip &&
    !l.spaceBeforeColon &&
    !l.extraColons &&
    !l.missingSpaceAfterColon &&
    l.range.start.character === 0 &&
    l.range.end.character === l.colon.start.character &&
    turn.text.text.length > 0 &&
    !doc.findingLines.has(turn.startLine)
  );
}

function mutation(doc: Doc, turn: Turn, rule: InjectedRule, newLine: string, extra: Partial<Mutation> = {}): Mutation {
  const speaker = speakerOf(doc, turn);
  return {
    rule,
    file: doc.file,
    turnLine: turn.startLine,
    line: turn.startLine,
    original: doc.text,
    mutated: replaceLine(doc, turn.startLine, newLine),
    before: lineText(doc, turn.startLine),
    after: newLine,
    tag: `${doc.file.split('/')[0]} ${turn.label.form}${
      !speaker || speaker.turns.length < 2 ? ', only turn' : speaker.turns[0] === turn.index ? ', first turn' : ''
    }`,
    ...extra,
  };
}

const CYR_TO_LAT: Record<string, string> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X',
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x',
};
const CYR_LOWER = 'абвгдежзиклмнопрстуфхцчшэюя';
const LAT_LOWER = 'abcdefghiklmnoprstuvwyz';
/** What opens a new sentence: a capital, a quote, a dash, a bracket, an ellipsis. */
const OPENS_SENTENCE = /^[A-ZА-ЯЁ«“"„(\[–—…]/;
const INITIALS = /^((?:[A-ZА-ЯЁ]\.[\s\u00A0]?)+)(?=[A-ZА-ЯЁ])/;

/** Compact / spaced initials among a file's initials labels. */
function initialsCounts(doc: Doc): { compact: number; spaced: number } {
  let compact = 0;
  let spaced = 0;
  for (const t of doc.transcript.turns) {
    const m = INITIALS.exec(t.label.name);
    if (!m) continue;
    if (/[\s\u00A0]/.test(m[1])) spaced++;
    else compact++;
  }
  return { compact, spaced };
}

/** The surname: the last word of the name, after any initials (`В.Путин` → `Путин`, `Vladimir Putin` → `Putin`). */
function surnameOf(name: string): { start: number; word: string; firstWord: boolean } | undefined {
  const m = /([^\s\u00A0.]+)$/.exec(name);
  if (!m) return undefined;
  const start = m.index;
  const firstWord = !/[\s\u00A0]/.test(name.slice(0, start)) && !/\./.test(name.slice(0, start));
  return { start, word: m[1], firstWord };
}

const norm = (s: string) => s.replace(/[\s\u00A0]+/g, ' ').toLowerCase();

export interface Recipe {
  rule: InjectedRule;
  /** What the recipe does and where, printed with the table. */
  how: string;
  build(doc: Doc, turn: Turn, rand: () => number): Mutation | undefined;
}

export const RECIPES: Recipe[] = [
  {
    rule: 'speaker-missing-colon',
    how: 'drop the colon of a person label whose speaker has other turns, not first in its section, text opening a sentence',
    build(doc, turn) {
      const prev = doc.transcript.turns[turn.index - 1];
      const speaker = speakerOf(doc, turn);
      if (!clean(doc, turn) || !isPerson(doc, turn) || !prev || prev.section !== turn.section) return undefined;
      if (!speaker || speaker.turns.length < 2) return undefined;
      if (!OPENS_SENTENCE.test(turn.text.text)) return undefined; // `Vladimir Putin and …` would read as prose
      const line = lineText(doc, turn.startLine);
      const c = turn.label.colon.start.character;
      return mutation(doc, turn, 'speaker-missing-colon', line.slice(0, c) + line.slice(c + 1));
    },
  },
  {
    rule: 'speaker-space-before-colon',
    how: 'insert a space before the colon',
    build(doc, turn) {
      if (!clean(doc, turn)) return undefined;
      const line = lineText(doc, turn.startLine);
      const c = turn.label.colon.start.character;
      return mutation(doc, turn, 'speaker-space-before-colon', `${line.slice(0, c)} ${line.slice(c)}`);
    },
  },
  {
    rule: 'speaker-no-space-after-colon',
    how: 'remove the one ASCII space after the colon',
    build(doc, turn) {
      if (!clean(doc, turn)) return undefined;
      const line = lineText(doc, turn.startLine);
      const c = turn.label.colon.start.character;
      // Exactly one ASCII space, so that the space the fix inserts is the one removed.
      if (line[c + 1] !== ' ' || /[\s\u00A0]/.test(line[c + 2] ?? ' ')) return undefined;
      return mutation(doc, turn, 'speaker-no-space-after-colon', line.slice(0, c + 1) + line.slice(c + 2));
    },
  },
  {
    rule: 'speaker-double-colon',
    how: 'double the colon',
    build(doc, turn) {
      if (!clean(doc, turn)) return undefined;
      const line = lineText(doc, turn.startLine);
      const c = turn.label.colon.start.character;
      return mutation(doc, turn, 'speaker-double-colon', `${line.slice(0, c)}:${line.slice(c)}`);
    },
  },
  {
    rule: 'speaker-initials-spacing',
    how: '`В.Путин` → `В. Путин` in a file whose initials labels are all compact',
    build(doc, turn) {
      if (!clean(doc, turn)) return undefined;
      const m = INITIALS.exec(turn.label.name);
      if (!m || /[\s\u00A0]/.test(m[1])) return undefined;
      const counts = initialsCounts(doc);
      if (counts.spaced > 0 || counts.compact < 3) return undefined;
      const spaced = m[1].replace(/\./g, '. ');
      const line = lineText(doc, turn.startLine);
      const s = turn.label.nameRange.start.character;
      return mutation(doc, turn, 'speaker-initials-spacing', line.slice(0, s) + spaced + line.slice(s + m[1].length));
    },
  },
  {
    rule: 'speaker-lowercase',
    how: 'lowercase the name of a person label (initials, surname-initials or name form; role + name and ALL-CAPS labels left out)',
    build(doc, turn) {
      if (!clean(doc, turn) || !isPerson(doc, turn)) return undefined;
      if (!['initials', 'surname-initials', 'name'].includes(turn.label.form)) return undefined;
      const line = lineText(doc, turn.startLine);
      const { start, end } = { start: turn.label.nameRange.start.character, end: turn.label.nameRange.end.character };
      return mutation(doc, turn, 'speaker-lowercase', line.slice(0, start) + line.slice(start, end).toLowerCase() + line.slice(end));
    },
  },
  {
    rule: 'speaker-mixed-script',
    how: 'one Cyrillic letter of a Cyrillic label → its Latin look-alike',
    build(doc, turn, rand) {
      if (!clean(doc, turn)) return undefined;
      const name = turn.label.name;
      if (/[A-Za-z]/.test(name) || !/[А-Яа-яЁё]/.test(name)) return undefined;
      const spots = [...name].map((ch, i) => (CYR_TO_LAT[ch] ? i : -1)).filter((i) => i >= 0);
      if (spots.length === 0) return undefined;
      const i = pick(spots, rand);
      const at = turn.label.nameRange.start.character + i;
      const line = lineText(doc, turn.startLine);
      return mutation(doc, turn, 'speaker-mixed-script', line.slice(0, at) + CYR_TO_LAT[name[i]] + line.slice(at + 1));
    },
  },
  {
    rule: 'speaker-unknown-near-miss',
    how: 'delete or change one letter of the surname of a speaker with ≥ 3 turns, on one turn; no collision with another speaker',
    build(doc, turn, rand) {
      if (!clean(doc, turn) || !isPerson(doc, turn)) return undefined;
      const speaker = speakerOf(doc, turn);
      if (!speaker || speaker.turns.length < 3) return undefined;
      const name = turn.label.name;
      const sn = surnameOf(name);
      if (!sn) return undefined;
      const letters = [...sn.word].map((ch, i) => (/\p{L}/u.test(ch) ? i : -1)).filter((i) => i >= 0);
      // A one-word name keeps its first letter (the name would start elsewhere in the alphabet).
      const spots = letters.filter((i) => i > 0 || !sn.firstWord);
      if (spots.length === 0 || letters.length < 3) return undefined;
      const i = pick(spots, rand);
      const ch = sn.word[i];
      let word: string;
      // Deleting the first letter would leave a lowercase surname (another malformation): change it instead.
      if (i > 0 && letters.length >= 4 && rand() < 0.5) {
        word = sn.word.slice(0, i) + sn.word.slice(i + 1);
      } else {
        const alphabet = /[А-Яа-яЁё]/.test(ch) ? CYR_LOWER : LAT_LOWER;
        const choices = [...alphabet].filter((c) => c !== ch.toLowerCase());
        const repl = pick(choices, rand);
        word = sn.word.slice(0, i) + (ch === ch.toUpperCase() ? repl.toUpperCase() : repl) + sn.word.slice(i + 1);
      }
      const newName = name.slice(0, sn.start) + word;
      const taken = new Set<string>();
      for (const t of doc.transcript.turns) taken.add(norm(t.label.name));
      for (const s of doc.transcript.speakers.values()) for (const f of s.forms) taken.add(norm(f.label));
      if (taken.has(norm(newName))) return undefined;
      const line = lineText(doc, turn.startLine);
      const s = turn.label.nameRange.start.character;
      return mutation(doc, turn, 'speaker-unknown-near-miss', line.slice(0, s) + newName + line.slice(s + name.length));
    },
  },
  {
    rule: 'speaker-inconsistent-form',
    how: '`И.Фамилия` → `Фамилия И.` on one turn of a speaker whose ≥ 2 other turns use `И.Фамилия`',
    build(doc, turn) {
      if (!clean(doc, turn) || !isPerson(doc, turn)) return undefined;
      const name = turn.label.name;
      const m = INITIALS.exec(name);
      if (!m) return undefined;
      const speaker = speakerOf(doc, turn);
      const same = (speaker?.turns ?? []).filter(
        (i) => i !== turn.index && norm(doc.transcript.turns[i].label.name) === norm(name),
      );
      if (same.length < 2) return undefined;
      const initials = m[1].replace(/[\s\u00A0]+/g, '');
      const rewritten = `${name.slice(m[1].length)} ${initials}`;
      const line = lineText(doc, turn.startLine);
      const s = turn.label.nameRange.start.character;
      return mutation(doc, turn, 'speaker-inconsistent-form', line.slice(0, s) + rewritten + line.slice(s + name.length));
    },
  },
  {
    rule: 'turn-empty',
    how: 'keep `Label:`, drop the text, on a turn with no continuation paragraph',
    build(doc, turn) {
      if (!clean(doc, turn) || turn.paragraphs.length > 0) return undefined;
      const line = lineText(doc, turn.startLine);
      return mutation(doc, turn, 'turn-empty', line.slice(0, turn.label.colon.end.character));
    },
  },
  {
    rule: 'turn-embedded-label',
    how: "join a person's label line to the previous line (another speaker's last paragraph ending in . ! ? …) with a space",
    build(doc, turn) {
      if (!clean(doc, turn) || !isPerson(doc, turn)) return undefined;
      const prev = doc.transcript.turns[turn.index - 1];
      if (!prev || prev.section !== turn.section || prev.endLine !== turn.startLine - 1) return undefined;
      if (prev.label.key === turn.label.key) return undefined;
      const prevLine = lineText(doc, prev.endLine);
      if (!/[.!?…]$/.test(prevLine) || doc.findingLines.has(prev.endLine)) return undefined;
      const line = lineText(doc, turn.startLine);
      const joined = `${prevLine} ${line}`;
      const from = prevLine.length + 1;
      const m = mutation(doc, turn, 'turn-embedded-label', joined, {
        line: prev.endLine,
        cover: [from + turn.label.range.start.character, from + turn.label.colon.end.character],
        before: `${prevLine}⏎${line}`,
      });
      const a = doc.transcript.lines[prev.endLine];
      const starts = lineStarts(doc.transcript);
      m.mutated = doc.text.slice(0, starts[prev.endLine] + a.text.length) + ' ' + doc.text.slice(starts[turn.startLine]);
      return m;
    },
  },
  {
    rule: 'mark-unclosed',
    how: 'insert `[` before a word of the turn text (left open to the end of the line)',
    build(doc, turn, rand) {
      if (!clean(doc, turn)) return undefined;
      const line = lineText(doc, turn.startLine);
      const from = turn.text.range.start.character;
      const to = turn.text.range.end.character;
      const starts: number[] = [];
      for (let i = from; i < to; i++) {
        if (/\p{L}/u.test(line[i]) && (i === from || /[\s\u00A0]/.test(line[i - 1]))) starts.push(i);
      }
      // Only where no `]` later on the line would close it.
      const open = starts.filter((at) => {
        let depth = 1;
        for (let k = at; k < line.length; k++) {
          if (line[k] === '[') depth++;
          else if (line[k] === ']' && --depth === 0) return false;
        }
        return true;
      });
      if (open.length === 0) return undefined;
      const at = pick(open, rand);
      return mutation(doc, turn, 'mark-unclosed', `${line.slice(0, at)}[${line.slice(at)}`, { cover: [at, at + 1] });
    },
  },
];
