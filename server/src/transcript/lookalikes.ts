// Letters of one script typed in a label of the other: `B.Путин` with a Latin `B`, `Vladimir Рutin`
// with a Cyrillic `Р`. Found for the diagnostics that name them, folded for the keys that must not
// see them.

import { HAS_CYRILLIC, HAS_LATIN } from './labelWords';

const LATIN_TO_CYRILLIC: Record<string, string> = {
  A: 'А', B: 'В', C: 'С', E: 'Е', H: 'Н', K: 'К', M: 'М', O: 'О', P: 'Р', T: 'Т', X: 'Х', Y: 'У',
  a: 'а', c: 'с', e: 'е', o: 'о', p: 'р', x: 'х', y: 'у',
};
const CYRILLIC_TO_LATIN: Record<string, string> = Object.fromEntries(
  Object.entries(LATIN_TO_CYRILLIC).map(([l, c]) => [c, l]),
);

/** Letters of the other script that look the same (`B` in `B.Путин`), as [index, char] pairs. */
export function findLookalikes(label: string): { index: number; char: string; replacement: string }[] {
  // Counted by character code: this runs for every label of every turn.
  let cyr = 0;
  let lat = 0;
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if ((c >= 0x410 && c <= 0x44f) || c === 0x401 || c === 0x451) cyr++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) lat++;
  }
  if (cyr === 0 || lat === 0) return [];
  const toCyrillic = cyr >= lat;
  const table = toCyrillic ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
  const out: { index: number; char: string; replacement: string }[] = [];
  for (let i = 0; i < label.length; i++) {
    const r = table[label[i]];
    if (r) out.push({ index: i, char: label[i], replacement: r });
  }
  return out;
}

export function foldLookalikes(text: string): string {
  if (!HAS_CYRILLIC.test(text) || !HAS_LATIN.test(text)) return text;
  let out = '';
  let last = 0;
  for (const fix of findLookalikes(text)) {
    out += text.slice(last, fix.index) + fix.replacement;
    last = fix.index + 1;
  }
  return out + text.slice(last);
}
