// A label's text as diagnostics and fixes rewrite it: the style of its initials (`В.Путин` or
// `В. Путин`) and its capitals (`в.путин` → `В.Путин`).

const INITIALS_HEAD = /^((?:[A-Za-zА-Яа-яЁё]\.[\s\u00A0]*)+)(?=[^\s\u00A0.])/;

/** `compact` for `В.Путин`, `spaced` for `В. Путин` / `A. Repik`; undefined for a name without initials. */
export function initialsStyle(name: string): 'compact' | 'spaced' | undefined {
  const m = INITIALS_HEAD.exec(name);
  if (!m) return undefined;
  return /[\s\u00A0]/.test(m[1]) ? 'spaced' : 'compact';
}

/** The same label in the other initials style: `В. Путин` ↔ `В.Путин`, `Р. Т. Эрдоган` ↔ `Р.Т.Эрдоган`. */
export function withInitialsStyle(name: string, style: 'compact' | 'spaced'): string {
  const m = INITIALS_HEAD.exec(name);
  if (!m) return name;
  const initials = m[1].replace(/[\s\u00A0]+/g, '').split('.').filter(Boolean);
  const rest = name.slice(m[1].length);
  return style === 'compact' ? `${initials.join('.')}.${rest}` : `${initials.map((i) => `${i}.`).join(' ')} ${rest}`;
}

/** A label with its initials and name words capitalised: `в.путин` → `В.Путин`, `а.кара-мурза` → `А.Кара-Мурза`. */
export function capitaliseLabel(name: string): string {
  return name.replace(/(^|[\s\u00A0.\-])([a-zа-яё])/g, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** True when a label is written in lowercase where a capital belongs (`в.путин`, `В.путин`). */
export function isLowercaseLabel(name: string): boolean {
  return /[a-zа-яё]/.test(name[0] ?? '') || (INITIALS_HEAD.test(name) && /^[a-zа-яё]/.test(name.slice(INITIALS_HEAD.exec(name)![1].length)));
}
