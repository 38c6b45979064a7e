// Who a speaker is, "as the lead names them", in the nominative. The lead declines names and titles
// (`Состоялась встреча Владимира Путина с Президентом Республики Казахстан Нурсултаном
// Назарбаевым`); a hover wants `Президент Республики Казахстан Нурсултан Назарбаев`. Three pure
// steps, no dictionary of people: the surname's nominative comes from the speaker label (labels are
// always nominative), first names and patronymics are de-declined by their endings under the case
// and gender the surname (and patronymic) show, and the title before the name is found and put in
// the nominative from a dictionary of official titles (rolePhrases.ts). Where an ending is ambiguous
// the lead's own form is kept: a wrong nominative is worse than a declined one.

import { nominativeFirstName, patronymicReading } from './russianFirstNames';
import { ANY, CASES, CONSONANT, CYRILLIC, HUSHING, LATIN, combos, fold, intersect, isCapitalised, type Case, type Combos, type Gender } from './russianInflection';

// ---------------------------------------------------------------------------------------------
// Surnames: the label's form against the lead's

type SurnameMatch = { changed: true; combos: Combos } | { changed: false; combos: Combos };

/**
 * How `mention` declines the label word `label`, and which (case, gender) that shows:
 * `Путин`/`Путина` → gen, acc (m); `Лебедева`/`Лебедевой` → gen, dat, ins, loc (f);
 * `Хурэлсух`/`Хурэлсухом` → ins (m); `Мадуро`/`Мадуро` → anything. Undefined when `mention` is
 * not a form of `label` at all (`Путин`/`Путинцева`).
 */
function matchSurnameWord(label: string, mention: string): SurnameMatch | undefined {
  const L = fold(label);
  const M = fold(mention);
  if (L.includes('-') && M.includes('-')) {
    const lp = label.split('-');
    const mp = mention.split('-');
    if (lp.length !== mp.length) return undefined;
    const parts = lp.map((p, i) => matchSurnameWord(p, mp[i]));
    if (parts.some((p) => p === undefined)) return undefined;
    return combine(parts as SurnameMatch[]);
  }
  const forms = surnameForms(L);
  if (M === L) return { changed: false, combos: forms.unchanged };
  const found = forms.declined.get(M);
  return found ? { changed: true, combos: found } : undefined;
}

/** The words that changed settle the case; `Бен`, `Аль` of `Бен Тареком Аль Саидом` say nothing. */
function combine(parts: SurnameMatch[]): SurnameMatch | undefined {
  const changed = parts.filter((p) => p.changed);
  if (changed.length === 0) return { changed: false, combos: parts[parts.length - 1].combos };
  const c = changed.map((p) => p.combos).reduce(intersect);
  return c.size > 0 ? { changed: true, combos: c } : undefined;
}

/** Record the forms of a surname: its last `stemCut` letters replaced by each of `endings`, in `cases`. */
type AddForms = (stemCut: number, endings: string, cases: readonly Case[], gender?: Gender) => void;

function surnameForms(L: string): { unchanged: Combos; declined: Map<string, Combos> } {
  const declined = new Map<string, Combos>();
  const add: AddForms = (stemCut, endings, cases, gender) => {
    for (const e of endings.split(' ')) {
      const form = L.slice(0, L.length - stemCut) + e;
      const prev = declined.get(form) ?? new Set<string>();
      for (const c of combos(cases, gender)) prev.add(c);
      declined.set(form, prev);
    }
  };
  if (/(ых|их)$/.test(L) || /[оеиуюэы]$/.test(L)) {
    return { unchanged: ANY, declined }; // Черных, Мутко, Мадуро, Сассу-Нгессо
  }
  const unchanged = adjectivalSurnameForms(L, add) ?? nounSurnameForms(L, add);
  return { unchanged, declined };
}

/** Surnames in `-ов`, `-ин` and adjectival ones (`-ий`, `-ая`): their forms added; what the
 *  nominative allows, or undefined for a surname of another kind. */
function adjectivalSurnameForms(L: string, add: AddForms): Combos | undefined {
  if (/(ов|ев|ин|ын)$/.test(L)) {
    add(0, 'а', ['gen', 'acc'], 'm');
    add(0, 'у', ['dat'], 'm');
    add(0, 'ым ом', ['ins'], 'm');
    add(0, 'е', ['loc'], 'm');
    return combos(['nom'], 'm');
  }
  if (/(ова|ева|ина|ына)$/.test(L)) {
    add(1, 'ой', ['gen', 'dat', 'ins', 'loc'], 'f');
    add(1, 'у', ['acc'], 'f');
    add(1, 'ою', ['ins'], 'f');
    return combos(['nom'], 'f');
  }
  if (L.length >= 4 && /(ий|ый|ой)$/.test(L)) {
    add(2, 'ого его', ['gen', 'acc'], 'm');
    add(2, 'ому ему', ['dat'], 'm');
    add(2, 'ым им', ['ins'], 'm');
    add(2, 'ом ем', ['loc'], 'm');
    return combos(['nom'], 'm');
  }
  if (/(ая|яя)$/.test(L)) {
    add(2, 'ой ей', ['gen', 'dat', 'ins', 'loc'], 'f');
    add(2, 'ую юю', ['acc'], 'f');
    return combos(['nom'], 'f');
  }
  return undefined;
}

/** Surnames that decline as nouns (`-ия`, `-а`, `-я`, `-ь`, a consonant): their forms added; what
 *  the form as written allows. */
function nounSurnameForms(L: string, add: AddForms): Combos {
  if (L.endsWith('ия')) {
    add(1, 'и', ['gen', 'dat', 'loc']);
    add(1, 'ю', ['acc']);
    add(1, 'ей ею', ['ins']);
    return ANY;
  }
  if (L.endsWith('а')) {
    add(1, /[гкхжшч]а$/.test(L) ? 'и' : 'ы', ['gen']);
    add(1, 'е', ['dat', 'loc']);
    add(1, 'у', ['acc']);
    add(1, /[жшчщц]а$/.test(L) ? 'ей ею' : 'ой ою', ['ins']);
    return ANY; // Гунба is a man, Кара-Мурза too; also foreign Дюма
  }
  if (L.endsWith('я')) {
    add(1, 'и', ['gen']);
    add(1, 'е', ['dat', 'loc']);
    add(1, 'ю', ['acc']);
    add(1, 'ей ею', ['ins']);
    return ANY;
  }
  if (/[ьй]$/.test(L)) {
    add(1, 'я', ['gen', 'acc'], 'm');
    add(1, 'ю', ['dat'], 'm');
    add(1, 'ем', ['ins'], 'm');
    add(1, 'е и', ['loc'], 'm');
    return new Set([...combos(['nom'], 'm'), ...combos(CASES, 'f')]);
  }
  if (CONSONANT.test(L)) {
    add(0, 'а', ['gen', 'acc'], 'm');
    add(0, 'у', ['dat'], 'm');
    add(0, HUSHING.test(L) ? 'ем' : 'ом', ['ins'], 'm');
    add(0, 'е', ['loc'], 'm');
    // A woman's surname in a consonant does not decline: `с Ангелой Меркель`.
    return new Set([...combos(['nom'], 'm'), ...combos(CASES, 'f')]);
  }
  return ANY;
}

/** `Н.Назарбаев` → initials Н, words Назарбаев; `Путин В.В.`; `Си Цзиньпин`; `Peter Lund`. */
function parseLabel(label: string): { initials: string[]; words: string[] } | undefined {
  const l = label.replace(/\s*\([^)]*\)\s*$/, '').trim();
  const initialsFirst = /^((?:\p{Lu}\.\s?)+)(.+)$/u.exec(l);
  if (initialsFirst) return { initials: initialsFirst[1].replace(/[\s.]+/g, '').split(''), words: initialsFirst[2].trim().split(/\s+/) };
  const surnameFirst = /^(\S+)\s+((?:\p{Lu}\.\s?)+)$/u.exec(l);
  if (surnameFirst) return { initials: surnameFirst[2].replace(/[\s.]+/g, '').split(''), words: [surnameFirst[1]] };
  const words = l.split(/\s+/).filter(Boolean);
  return words.length > 0 ? { initials: [], words } : undefined;
}

/**
 * The name as the lead writes it (`mention`, any case) in the nominative, for the speaker `label`.
 *
 * Rule: the last words of the mention are the label's name words; each must be a form of the label's
 * word (`Путина` of `Путин`, `Лебедевой` of `Лебедева`, `Диас-Канелем` of `Диас-Канель`) and is
 * replaced by it, the label being nominative. The words before it are the first name and maybe a
 * patronymic: the first must start with the label's first initial. They are de-declined by their
 * endings, under the case and gender the surname and patronymic show:
 *   `Нурсултаном Назарбаевым` + `Н.Назарбаев` → `Нурсултан Назарбаев`
 *   `Ирине Лебедевой` + `И.Лебедева` → `Ирина Лебедева`
 *   `Рустама Тимуровича Гайнуллина` + `Р.Т.Гайнуллин` → `Рустам Тимурович Гайнуллин`
 *   `Ухнагийн Хурэлсухом` + `У.Хурэлсух` → `Ухнагийн Хурэлсух` (no ending to undo: as written)
 * A first name whose ending stays ambiguous (`Игоре Черных`: Игорь or Игор?) is kept as written
 * unless exactly one reading is a common first name. English names come back unchanged.
 * Undefined when the mention is not this speaker: another surname (`Путинцева` for `В.Путин`),
 * another first initial (`Виктора Путина` for `А.Путин`), a first name of the other gender
 * (`Ивана Лебедева` for `И.Лебедева`), or a patronymic where the first name should be.
 * A mention of first name and patronymic only (`Ирины Сергеевны` for `И.С.Лебедева`) is accepted
 * when the initials agree.
 */
export function nominativePersonName(mention: string, label: string): string | undefined {
  const parsed = parseLabel(label);
  const pieces = mention.trim().split(/(\s+)/);
  const words = pieces.filter((_, i) => i % 2 === 0);
  const gaps = pieces.filter((_, i) => i % 2 === 1);
  if (!parsed || words.length === 0 || words[0] === '') return undefined;
  const join = (out: string[]) => out.map((w, i) => (i === 0 ? w : gaps[i - 1] + w)).join('');
  const initialOk = (word: string, k: number) =>
    k >= parsed.initials.length || fold(word.charAt(0)) === fold(parsed.initials[k]);

  if (!CYRILLIC.test(label) && LATIN.test(label)) {
    // English: the same words, compared without case; the lead's spelling stands.
    const n = parsed.words.length;
    if (words.length < n) return undefined;
    const tail = words.slice(words.length - n);
    if (tail.some((w, i) => w.toLowerCase() !== parsed.words[i].toLowerCase())) return undefined;
    const given = words.slice(0, words.length - n);
    if (given.length > Math.max(2, parsed.initials.length) || !given.every(isCapitalised)) return undefined;
    if (given.length > 0 && !initialOk(given[0], 0)) return undefined;
    return join(words);
  }
  if (!CYRILLIC.test(mention)) return undefined;

  const n = parsed.words.length;
  let surname: SurnameMatch | undefined;
  if (words.length >= n) {
    const tail = words.slice(words.length - n);
    const each = tail.map((w, i) => matchSurnameWord(parsed.words[i], w));
    if (each.every((m) => m !== undefined)) surname = combine(each as SurnameMatch[]);
  }
  const given = surname ? words.slice(0, words.length - n) : words;
  if (!surname) {
    // First name and patronymic only, with the initials to show whose: `Ирины Сергеевны`.
    if (parsed.initials.length === 0 || given.length !== 2 || !patronymicReading(given[1])) return undefined;
  }
  if (given.length > Math.max(2, parsed.initials.length)) return undefined;
  if (!given.every(isCapitalised)) return undefined;
  // `Володин Володин`: the surname again where the first name should be.
  if (given.some((g) => parsed.words.some((l) => matchSurnameWord(l, g)))) return undefined;
  if (given.length > 0 && (!initialOk(given[0], 0) || patronymicReading(given[0]))) return undefined;

  let allowed = surname ? surname.combos : ANY;
  const out: string[] = [];
  // The patronymic, when there is one, is read first: it shows case and gender unambiguously.
  const patronymic = given.length === 2 ? patronymicReading(given[1]) : undefined;
  if (given.length === 2 && !patronymic && !initialOk(given[1], 1)) return undefined;
  if (given.length === 2 && !patronymic && parsed.initials.length < 2) return undefined;
  if (patronymic) {
    if (!initialOk(given[1], 1)) return undefined;
    allowed = intersect(allowed, patronymic.combos);
    if (allowed.size === 0) return undefined;
  }
  for (let i = 0; i < given.length; i++) {
    if (i === 1 && patronymic) {
      out.push(patronymic.nominative);
      continue;
    }
    const nominative = nominativeFirstName(given[i], allowed);
    if (nominative === null) return undefined;
    out.push(nominative);
  }
  if (surname) out.push(...parsed.words);
  return join(out);
}
