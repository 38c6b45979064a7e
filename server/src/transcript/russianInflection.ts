// Russian inflection as the name and title readings use it (russianNames.ts, rolePhrases.ts): the
// (case, gender) pairs a word form allows, and a word given another ending in its own letter case.

export type Case = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'loc';
export type Gender = 'm' | 'f';

export const CASES: readonly Case[] = ['nom', 'gen', 'dat', 'acc', 'ins', 'loc'];

/** Which (case, gender) pairs a word form allows: `Путина` → gen:m, acc:m. */
export type Combos = Set<string>;

export function combos(cases: readonly Case[], gender?: Gender): Combos {
  const out: Combos = new Set();
  for (const c of cases) for (const g of gender ? [gender] : (['m', 'f'] as const)) out.add(`${c}:${g}`);
  return out;
}

export const ANY = combos(CASES);

export function intersect(a: Combos, b: Combos): Combos {
  return new Set([...a].filter((x) => b.has(x)));
}

/** Lowercase, `ё` as `е`: `Пётр` and `Петр` are one name, `Лихачёв` and `Лихачев` one surname. */
export function fold(s: string): string {
  return s.toLowerCase().replace(/ё/g, 'е');
}

export const CYRILLIC = /[а-яё]/i;
export const LATIN = /[a-z]/i;

export function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

export function isCapitalised(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase();
}

/** `word` less its last `cut` letters plus `ending`, in the word's own letter case. */
export function reEnd(word: string, cut: number, ending: string): string {
  return word.slice(0, word.length - cut) + (isAllCaps(word) ? ending.toUpperCase() : ending);
}

/** `lemma` written the way `word` is: `Президентом` + `президент` → `Президент`, `посла` → `посол`. */
export function inCaseOf(word: string, lemma: string): string {
  const a = fold(word);
  const b = fold(lemma);
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  const rest = lemma.slice(p);
  return word.slice(0, p) + (isAllCaps(word) ? rest.toUpperCase() : rest.toLowerCase());
}

/** The last letter of a stem, as the endings after it depend on it. */
export const VOWEL = /[аеёиоуыэюя]$/;
export const CONSONANT = /[бвгджзклмнпрстфхцчшщ]$/;
export const VELAR_OR_HUSHING = /[гкхжшчщ]$/;
export const HUSHING = /[жшчщц]$/;
