// What the forms of one speaker's label share: the key a turn is filed under (`В.Путин`, `Путин В.В.`
// → `в.путин`), and the canonical text two forms are compared by.

import type { LabelForm } from './model';
import { HAS_CYRILLIC, HAS_LATIN, isCapWord } from './labelWords';
import { foldLookalikes } from './lookalikes';
import { memoise } from './memoise';

/** The key every form of one speaker shares: `В.Путин`, `В. Путин`, `Путин В.В.`, `в.путин` → `в.путин`;
 *  `President of Russia Vladimir Putin`, `VLADIMIR PUTIN` → `vladimir putin`. */
const speakerKeyMemo = memoise(20_000, (form: LabelForm, name: string) => computeSpeakerKey(name, form));

export function speakerKey(name: string, form: LabelForm): string {
  return speakerKeyMemo(form, name);
}

function computeSpeakerKey(name: string, form: LabelForm): string {
  // `П.Королёв` and `П.Королев` are one person: ё is often written е.
  const folded = foldLookalikes(name).replace(/[\s\u00A0]+/g, ' ').replace(/ё/g, 'е').replace(/Ё/g, 'Е').trim();
  if (form === 'role') return folded.toLowerCase();
  // `Mr. NORTH`, `MR NORTH`: one key, the title kept (`Ms. HALL` is not `Mr. HALL`).
  if (form === 'title-name') return folded.replace(/\./g, ' ').replace(/ +/g, ' ').trim().toLowerCase();
  if (form === 'initials') {
    const m = /^((?:[^\s.]\.\s?)+)(.*)$/u.exec(folded);
    if (m) {
      const first = m[1][0];
      return `${first}.${m[2].trim()}`.toLowerCase();
    }
  }
  if (form === 'surname-initials') {
    const m = /^(\S+)\s+(.)\./u.exec(folded);
    if (m) return `${m[2]}.${m[1]}`.toLowerCase();
  }
  const ws = folded.split(' ');
  if (HAS_LATIN.test(folded) && !HAS_CYRILLIC.test(folded)) {
    return ws.slice(personNameIndex(ws)).join(' ').toLowerCase();
  }
  return folded.toLowerCase();
}

/** Where a Western person's name starts among a label's words: the last two name words
 *  (`Seyed Mohammed Hossein Adeli` → `Hossein Adeli`), keeping particles and initials between them
 *  (`Dmitry de Koshko`, `Adnan Z. Amin`). */
export function personNameIndex(ws: readonly string[]): number {
  let i = ws.length - 1;
  let cap = 0;
  while (i >= 0) {
    if (isCapWord(ws[i])) cap++;
    if (cap === 2) return i;
    i--;
  }
  return 0;
}

/** What two forms of a label are compared by: script look-alikes folded, initials spacing and case
 *  ignored. Forms with the same canonical text differ only in what other rules report. */
const canonicalMemo = memoise(20_000, (_: undefined, name: string) => computeCanonicalLabel(name));

export function canonicalLabel(name: string): string {
  return canonicalMemo(undefined, name);
}

function computeCanonicalLabel(name: string): string {
  return foldLookalikes(name)
    .replace(/([A-Za-zА-Яа-яЁё])\.[\s\u00A0]+/g, '$1.')
    .replace(/[\s\u00A0]+/g, ' ')
    .toLowerCase();
}
