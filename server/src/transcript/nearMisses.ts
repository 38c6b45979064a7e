// Speakers whose name is a slip for another's: `В.Пути` beside `В.Путин` (`speaker-unknown-near-miss`).
// A question about the model's speakers alone, answered once per transcript.
import type { Speaker, Transcript } from './model';
import { canonicalLabel } from './speakerKeys';

/** A speaker with one or two turns, and the speakers who speak more whose name it nearly is (most turns first). */
export interface NearMiss {
  speaker: Speaker;
  candidates: Speaker[];
}

/** Optimal string alignment distance, giving up above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three rows (the transposition looks two back), reused: this runs for many pairs of names.
  const width = b.length + 1;
  let before = new Int32Array(width);
  let previous = new Int32Array(width);
  let row = new Int32Array(width);
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, before[j - 2] + 1);
      row[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [before, previous, row] = [previous, row, before];
  }
  return previous[b.length];
}

/** Speakers with one or two turns whose name is a small edit away from a speaker who speaks more:
 *  `В.Пути` beside `В.Путин`. The allowed distance grows with the name: 1 up to 7 letters, then 2. */
export function nearMisses(transcript: Transcript): NearMiss[] {
  const people = [...transcript.speakers.values()].filter((s) => !s.isRole);
  // Canonical names once per speaker, not once per pair compared.
  const canonical = new Map(people.map((s) => [s, canonicalLabel(s.displayName)]));
  const tallies = new Map(people.map((s) => [s, tally(canonical.get(s)!)]));
  const byInitial = new Map<string, Speaker[]>();
  for (const s of people) {
    const k = canonical.get(s)![0] ?? '';
    const list = byInitial.get(k) ?? [];
    list.push(s);
    byInitial.set(k, list);
  }
  const out: NearMiss[] = [];
  for (const s of people) {
    if (s.turns.length > 2) continue;
    const name = canonical.get(s)!;
    const candidates: Speaker[] = [];
    for (const other of byInitial.get(name[0] ?? '') ?? []) {
      if (other === s || other.turns.length < s.turns.length) continue;
      const otherName = canonical.get(other)!;
      if (numberedApart(tallies.get(s), tallies.get(other))) continue;
      // Two labels that speak as often (`Н.Назарбаев` and `Н.Назарбаевв`, once each): the later is the
      // slip. Not numbered speakers (`Speaker 1`, `Speaker 2`), nor one surname under two titles or
      // initials (`MR. HALL`, `MS. HALL`), who are two people.
      if (other.turns.length === s.turns.length) {
        if (other.turns[0] > s.turns[0] || /\d/.test(name) || /\d/.test(otherName) || surnameOf(name) === surnameOf(otherName)) continue;
      }
      const max = Math.min(name.length, otherName.length) <= 7 ? 1 : 2;
      // `А.Орлова` beside `А.Орлов` is a woman and a man of one family, not a typo.
      const feminine = name === `${otherName}а` || otherName === `${name}а` || name === `${otherName}a` || otherName === `${name}a`;
      if (!feminine && editDistance(name, otherName, max) <= max) candidates.push(other);
    }
    if (candidates.length > 0) {
      candidates.sort((a, b) => b.turns.length - a.turns.length);
      out.push({ speaker: s, candidates });
    }
  }
  return out;
}

/** Speakers a transcriber numbered or lettered apart are two people, however often each speaks:
 *  `speaker 1` and `speaker 2`, `speaker a` and `speaker b` (AssemblyAI), `speaker_00` and
 *  `speaker_01` (WhisperX), `guest 1` and `guest 2`. */
function numberedApart(ta: Tally | undefined, tb: Tally | undefined): boolean {
  return !!ta && !!tb && ta.head === tb.head && ta.mark !== tb.mark && ta.numbered === tb.numbered;
}

/** `speaker 12` → head `speaker`, mark `12`; `speaker b` → `b` (a letter only as a word of its own:
 *  `в.пути` is no `в.пут` lettered `и`). */
interface Tally {
  head: string;
  mark: string;
  numbered: boolean;
}

function tally(name: string): Tally | undefined {
  const m = /^(.*?[^\s_\d])[\s_]*(\d+)$/u.exec(name) ?? /^(.*?\S)[\s_]+([a-zа-яё])$/u.exec(name);
  return m ? { head: m[1], mark: m[2], numbered: /\d/.test(m[2]) } : undefined;
}

/** The last word of a canonical label: `н.назарбаев` → `назарбаев`, `ms. hall` → `hall`. */
function surnameOf(canonical: string): string {
  const words = canonical.split(/[\s.]+/).filter(Boolean);
  return words[words.length - 1] ?? '';
}
