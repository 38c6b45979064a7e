// Who a speaker is, "as the lead names them", in the nominative. The lead declines names and titles
// (`Состоялась встреча Владимира Путина с Президентом Республики Казахстан Нурсултаном
// Назарбаевым`); a hover wants `Президент Республики Казахстан Нурсултан Назарбаев`. Three pure
// steps, no dictionary of people: the surname's nominative comes from the speaker label (labels are
// always nominative), first names and patronymics are de-declined by their endings under the case
// and gender the surname (and patronymic) show, and the title before the name is found and put in
// the nominative from a dictionary of official titles. Where an ending is ambiguous the lead's own
// form is kept: a wrong nominative is worse than a declined one.

type Case = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'loc';
type Gender = 'm' | 'f';

const CASES: readonly Case[] = ['nom', 'gen', 'dat', 'acc', 'ins', 'loc'];

/** Which (case, gender) pairs a word form allows: `Путина` → gen:m, acc:m. */
type Combos = Set<string>;

function combos(cases: readonly Case[], gender?: Gender): Combos {
  const out: Combos = new Set();
  for (const c of cases) for (const g of gender ? [gender] : (['m', 'f'] as const)) out.add(`${c}:${g}`);
  return out;
}

const ANY = combos(CASES);

function intersect(a: Combos, b: Combos): Combos {
  return new Set([...a].filter((x) => b.has(x)));
}

/** Lowercase, `ё` as `е`: `Пётр` and `Петр` are one name, `Лихачёв` and `Лихачев` one surname. */
function fold(s: string): string {
  return s.toLowerCase().replace(/ё/g, 'е');
}

const CYRILLIC = /[а-яё]/i;
const LATIN = /[a-z]/i;

function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

function isCapitalised(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase();
}

/** `word` less its last `cut` letters plus `ending`, in the word's own letter case. */
function reEnd(word: string, cut: number, ending: string): string {
  return word.slice(0, word.length - cut) + (isAllCaps(word) ? ending.toUpperCase() : ending);
}

/** `lemma` written the way `word` is: `Президентом` + `президент` → `Президент`, `посла` → `посол`. */
function inCaseOf(word: string, lemma: string): string {
  const a = fold(word);
  const b = fold(lemma);
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  const rest = lemma.slice(p);
  return word.slice(0, p) + (isAllCaps(word) ? rest.toUpperCase() : rest.toLowerCase());
}

// ---------------------------------------------------------------------------------------------
// First names

/**
 * First names whose gender settles an ambiguous ending: `Виталия Мутко` (the surname does not
 * decline) is the genitive of `Виталий`, not a woman `Виталия`; `Игоре` is `Игорь`, not `Игор`.
 * A name missing here is only kept as written when its ending is ambiguous.
 */
const FIRST_NAMES = new Map<string, Gender>();
for (const n of (
  'Абдулла Адам Айдар Айсен Алан Александр Алексей Алишер Алмазбек Анатолий Андрей Антон Аркадий Арсений Артём Артур ' +
  'Ахмат Ахмед Богдан Борис Бадри Вадим Валентин Валерий Василий Вениамин Виктор Виталий Владимир Владислав Всеволод ' +
  'Вячеслав Гавриил Геннадий Георгий Герман Глеб Григорий Гурбангулы Давид Даниил Данил Денис Джордж Дмитрий Евгений Егор ' +
  'Емельян Жан Захар Зураб Иван Игорь Илья Ильдар Ильхам Иосиф Ираклий Исмаил Кирилл Клаус Константин Касым-Жомарт Лев ' +
  'Леонид Лука Магомед Максим Марат Марк Матвей Мигель Михаил Мурат Назар Никита Никол Николай Николас Нурсултан Олег ' +
  'Павел Пётр Радий Рамзан Рамиль Ринат Роберт Родион Роман Ростислав Рустам Руслан Савва Садыр Святослав Семён Сергей ' +
  'Серж Станислав Степан Талгат Тарас Тимофей Тимур Умар Фёдор Филипп Фома Хасан Шавкат Шамиль Эдуард Эльдар Эмиль ' +
  'Эмомали Эммануэль Юрий Яков Ян Ярослав'
).split(' ')) FIRST_NAMES.set(fold(n), 'm');
for (const n of (
  'Айгуль Александра Алина Алиса Алла Анастасия Ангела Ангелина Анна Антонина Валентина Валерия Вера Вероника Виктория ' +
  'Галина Гульнара Дарья Диана Ева Евгения Екатерина Елена Елизавета Жанна Зарина Зинаида Зоя Инна Ирина Карина Кира ' +
  'Клавдия Ксения Лариса Лидия Лилия Любовь Людмила Маргарита Марина Мария Майя Надежда Наталия Наталья Нина Нинель ' +
  'Оксана Олеся Ольга Полина Раиса Светлана Софья София Таисия Тамара Татьяна Ульяна Элеонора Эльвира Эльмира ' +
  'Юлия Яна'
).split(' ')) FIRST_NAMES.set(fold(n), 'f');

/** Feminine names in `-ь`, declined `Любови`, `Любовью`; any other `-и` is read as `-я` or kept. */
const FEMININE_SOFT = new Set(['любовь', 'нинель', 'адель', 'асель', 'айгуль', 'гюзель', 'рахиль', 'эсфирь', 'юдифь'].map(fold));

/** Masculine names that lose a vowel when declined: `Павла` → `Павел`, `Льва` → `Лев`. */
const FLEETING: Record<string, string> = { павл: 'павел', льв: 'лев', петр: 'пётр' };

interface Reading {
  nominative: string;
  combos: Combos;
}

const VOWEL = /[аеёиоуыэюя]$/;
const CONSONANT = /[бвгджзклмнпрстфхцчшщ]$/;
const VELAR_OR_HUSHING = /[гкхжшчщ]$/;
const HUSHING = /[жшчщц]$/;

/** A patronymic in any case: `Тимуровича` → `Тимурович` (gen, acc; m), `Сергеевны` → `Сергеевна`. */
function patronymicReading(word: string): Reading | undefined {
  const w = fold(word);
  const m = /(?:ович|евич|ич)(а|у|ем|е|)$/.exec(w);
  if (m && w.length >= 5) {
    const cases: Record<string, Case[]> = { '': ['nom'], а: ['gen', 'acc'], у: ['dat'], ем: ['ins'], е: ['loc'] };
    return { nominative: reEnd(word, m[1].length, ''), combos: combos(cases[m[1]], 'm') };
  }
  const f = /(?:овн|евн|ичн)(а|ы|е|у|ой|ою)$/.exec(w);
  if (f) {
    const cases: Record<string, Case[]> = { а: ['nom'], ы: ['gen'], е: ['dat', 'loc'], у: ['acc'], ой: ['ins'], ою: ['ins'] };
    return { nominative: reEnd(word, f[1].length, 'а'), combos: combos(cases[f[1]], 'f') };
  }
  return undefined;
}

/**
 * Every way a first name could be read: the nominative it would have, in which case and gender.
 * `Игоря` → Игорь (gen/acc, m); `Ирины` → Ирина (gen); `Евгении` → Евгения (gen/dat/loc) or
 * Евгений (loc, m); `Мэри` → Мэри (any case: foreign names in `-и` do not decline).
 */
function firstNameReadings(word: string): Reading[] {
  const w = fold(word);
  const out: Reading[] = [];
  const add = (cut: number, ending: string, cases: readonly Case[], gender?: Gender) =>
    out.push({ nominative: reEnd(word, cut, ending), combos: combos(cases, gender) });
  const stemOf = (cut: number) => w.slice(0, w.length - cut);
  const masculineHard = (cut: number, cases: readonly Case[]) => {
    const fleeting = FLEETING[stemOf(cut)];
    if (fleeting) out.push({ nominative: inCaseOf(word, fleeting), combos: combos(cases, 'm') });
    else add(cut, '', cases, 'm');
  };
  // `e` ends the word after a stem of at least two letters that `stem` accepts.
  const ends = (e: string, stem: RegExp) => w.endsWith(e) && w.length > e.length + 1 && stem.test(stemOf(e.length));

  // As written: a nominative, or a name that does not decline.
  if (CONSONANT.test(w)) {
    add(0, '', ['nom'], 'm');
    add(0, '', CASES, 'f'); // women's names in a consonant do not decline: `с Кэтрин Эштон`
  } else if (w.endsWith('ь')) {
    add(0, '', ['nom'], 'm');
    if (FEMININE_SOFT.has(w)) add(0, '', ['nom', 'acc'], 'f');
  } else if (/[аеиоуыэюя]й$/.test(w)) {
    add(0, '', ['nom'], 'm');
  } else if (/[ая]$/.test(w)) {
    add(0, '', ['nom']);
  } else if (/[оёэ]$/.test(w) || (/и$/.test(w) && !/[гкхжшчщьи]и$/.test(w))) {
    add(0, '', CASES); // Марио, Мэри, Али, Натали
  }

  // Masculine, hard stem: Владимир, Клаус, Нурсултан (Павел, Лев, Пётр lose their vowel).
  if (ends('а', CONSONANT)) masculineHard(1, ['gen', 'acc']);
  if (ends('у', CONSONANT)) masculineHard(1, ['dat']);
  if (ends('ом', CONSONANT)) masculineHard(2, ['ins']);
  if (ends('ем', HUSHING)) masculineHard(2, ['ins']);
  if (ends('е', CONSONANT)) masculineHard(1, ['loc']);
  // Masculine, soft stem: Игорь, Мигель.
  if (ends('я', CONSONANT) && !HUSHING.test(stemOf(1))) add(1, 'ь', ['gen', 'acc'], 'm');
  if (ends('ю', CONSONANT) && !HUSHING.test(stemOf(1))) add(1, 'ь', ['dat'], 'm');
  if (ends('ем', CONSONANT) && !HUSHING.test(stemOf(2))) add(2, 'ь', ['ins'], 'm');
  if (ends('е', CONSONANT) && !HUSHING.test(stemOf(1))) add(1, 'ь', ['loc'], 'm');
  // Masculine in -й: Сергей, Николай, Евгений.
  if (ends('я', VOWEL)) add(1, 'й', ['gen', 'acc'], 'm');
  if (ends('ю', VOWEL)) add(1, 'й', ['dat'], 'm');
  if (ends('ем', VOWEL)) add(2, 'й', ['ins'], 'm');
  if (ends('е', /[аеоуэюя]$/)) add(1, 'й', ['loc'], 'm');
  if (ends('и', /и$/)) add(1, 'й', ['loc'], 'm'); // о Евгении
  // The -а/-я declension: Ирина, Ольга, Наталья, Мария, Саша; also men: Никита, Илья.
  if (ends('ы', CONSONANT) && !VELAR_OR_HUSHING.test(stemOf(1))) add(1, 'а', ['gen']);
  if (ends('и', VELAR_OR_HUSHING)) add(1, 'а', ['gen']);
  if (ends('и', CONSONANT) && !VELAR_OR_HUSHING.test(stemOf(1))) add(1, 'я', ['gen']); // Тани
  if (ends('и', /[ьи]$/)) add(1, 'я', ['gen', 'dat', 'loc']); // Натальи, Марии (-ьи is only gen)
  if (ends('е', CONSONANT)) add(1, 'а', ['dat', 'loc']);
  if (ends('е', CONSONANT) && !VELAR_OR_HUSHING.test(stemOf(1))) add(1, 'я', ['dat', 'loc']);
  if (ends('е', /ь$/)) add(1, 'я', ['dat', 'loc']); // Наталье
  if (ends('у', CONSONANT)) add(1, 'а', ['acc']);
  if (ends('ю', /[ьи]$/) || (ends('ю', CONSONANT) && !VELAR_OR_HUSHING.test(stemOf(1)))) add(1, 'я', ['acc']);
  if (ends('ой', CONSONANT) || ends('ою', CONSONANT)) add(2, 'а', ['ins']);
  for (const e of ['ей', 'ею']) {
    if (ends(e, HUSHING)) add(2, 'а', ['ins']); // Сашей
    else if (ends(e, /[бвдзлмнпрстфьи]$/)) add(2, 'я', ['ins']); // Натальей, Марией
  }
  // Feminine in -ь: Любовь, Любови, Любовью.
  if (ends('и', CONSONANT) && FEMININE_SOFT.has(stemOf(1) + 'ь')) add(1, 'ь', ['gen', 'dat', 'loc'], 'f');
  if (ends('ью', CONSONANT) && FEMININE_SOFT.has(stemOf(2) + 'ь')) add(2, 'ь', ['ins'], 'f');
  return out;
}

/** A known name knows its gender: `Ирина` is not a man's name, `Иван` not a woman's. */
function withKnownGender(readings: Reading[]): Reading[] {
  return readings.flatMap((r) => {
    const known = FIRST_NAMES.get(fold(r.nominative));
    if (!known) return [r];
    const kept = new Set([...r.combos].filter((c) => c.endsWith(known)));
    return kept.size > 0 ? [{ nominative: r.nominative, combos: kept }] : [];
  });
}

/**
 * The nominative of a first name under the (case, gender) pairs the rest of the mention allows.
 * One reading fits: it. Several: the one that is a common first name, else the word as written.
 * None: the word as written (`Ухнагийн` does not decline). But when the endings can only make a
 * common first name out of the word in a case or gender that does not fit (`Ивана` beside
 * `Лебедева`, a woman), the mention names someone else: `null`.
 */
function nominativeFirstName(word: string, allowed: Combos): string | null {
  const readings = firstNameReadings(word);
  const fits = withKnownGender(readings).filter((r) => intersect(r.combos, allowed).size > 0);
  const distinct = [...new Map(fits.map((r) => [fold(r.nominative), r.nominative])).values()];
  const known = distinct.filter((n) => FIRST_NAMES.has(fold(n)));
  if (known.length === 0 && readings.some((r) => FIRST_NAMES.has(fold(r.nominative)))) return null;
  if (distinct.length === 1) return distinct[0];
  if (distinct.length === 0) return word;
  return known.length === 1 ? known[0] : word;
}

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

function surnameForms(L: string): { unchanged: Combos; declined: Map<string, Combos> } {
  const declined = new Map<string, Combos>();
  const add = (stemCut: number, endings: string, cases: readonly Case[], gender?: Gender) => {
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
  if (/(ов|ев|ин|ын)$/.test(L)) {
    add(0, 'а', ['gen', 'acc'], 'm');
    add(0, 'у', ['dat'], 'm');
    add(0, 'ым ом', ['ins'], 'm');
    add(0, 'е', ['loc'], 'm');
    return { unchanged: combos(['nom'], 'm'), declined };
  }
  if (/(ова|ева|ина|ына)$/.test(L)) {
    add(1, 'ой', ['gen', 'dat', 'ins', 'loc'], 'f');
    add(1, 'у', ['acc'], 'f');
    add(1, 'ою', ['ins'], 'f');
    return { unchanged: combos(['nom'], 'f'), declined };
  }
  if (L.length >= 4 && /(ий|ый|ой)$/.test(L)) {
    add(2, 'ого его', ['gen', 'acc'], 'm');
    add(2, 'ому ему', ['dat'], 'm');
    add(2, 'ым им', ['ins'], 'm');
    add(2, 'ом ем', ['loc'], 'm');
    return { unchanged: combos(['nom'], 'm'), declined };
  }
  if (/(ая|яя)$/.test(L)) {
    add(2, 'ой ей', ['gen', 'dat', 'ins', 'loc'], 'f');
    add(2, 'ую юю', ['acc'], 'f');
    return { unchanged: combos(['nom'], 'f'), declined };
  }
  if (L.endsWith('ия')) {
    add(1, 'и', ['gen', 'dat', 'loc']);
    add(1, 'ю', ['acc']);
    add(1, 'ей ею', ['ins']);
    return { unchanged: ANY, declined };
  }
  if (L.endsWith('а')) {
    add(1, /[гкхжшч]а$/.test(L) ? 'и' : 'ы', ['gen']);
    add(1, 'е', ['dat', 'loc']);
    add(1, 'у', ['acc']);
    add(1, /[жшчщц]а$/.test(L) ? 'ей ею' : 'ой ою', ['ins']);
    return { unchanged: ANY, declined }; // Гунба is a man, Кара-Мурза too; also foreign Дюма
  }
  if (L.endsWith('я')) {
    add(1, 'и', ['gen']);
    add(1, 'е', ['dat', 'loc']);
    add(1, 'ю', ['acc']);
    add(1, 'ей ею', ['ins']);
    return { unchanged: ANY, declined };
  }
  if (/[ьй]$/.test(L)) {
    add(1, 'я', ['gen', 'acc'], 'm');
    add(1, 'ю', ['dat'], 'm');
    add(1, 'ем', ['ins'], 'm');
    add(1, 'е и', ['loc'], 'm');
    return { unchanged: new Set([...combos(['nom'], 'm'), ...combos(CASES, 'f')]), declined };
  }
  if (CONSONANT.test(L)) {
    add(0, 'а', ['gen', 'acc'], 'm');
    add(0, 'у', ['dat'], 'm');
    add(0, HUSHING.test(L) ? 'ем' : 'ом', ['ins'], 'm');
    add(0, 'е', ['loc'], 'm');
    // A woman's surname in a consonant does not decline: `с Ангелой Меркель`.
    return { unchanged: new Set([...combos(['nom'], 'm'), ...combos(CASES, 'f')]), declined };
  }
  return { unchanged: ANY, declined };
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

// ---------------------------------------------------------------------------------------------
// Titles

type HeadType = 'hard' | 'soft' | 'iy' | 'adj' | 'a' | 'ya' | 'indecl';

/**
 * Official titles that head a role phrase before a name, Russian with the declension they follow.
 * `hard`: президент, -а, -у, -ом, -е; `soft`: председатель, -я, -ю, -ем, -е; `adj`: командующий,
 * -его, -ему, -им, -ем; `a`: глава, -ы, -е, -у, -ой; `indecl`: врио. A hyphenated title declines
 * its last part (`вице-президентом`, `премьер-министра`, `пресс-секретарю`).
 */
const RU_HEADS: Record<HeadType, string> = {
  hard:
    'президент министр губернатор мэр директор гендиректор советник помощник депутат сенатор спикер ректор проректор ' +
    'начальник эмир канцлер полпред постпред торгпред генпрокурор прокурор омбудсмен член премьер султан шейх принц ' +
    'кронпринц монарх патриарх митрополит архиепископ епископ имам раввин аким хоким префект бургомистр командир ' +
    'генерал адмирал маршал лидер атаман генсек журналист корреспондент редактор главред консул генконсул комиссар ' +
    'инспектор координатор декан академик зампред',
  soft: 'председатель сопредседатель заместитель руководитель представитель секретарь госсекретарь генсекретарь король основатель учредитель обозреватель',
  iy: 'муфтий',
  adj: 'командующий главнокомандующий уполномоченный управляющий исполняющий',
  a: 'глава',
  ya: 'судья',
  indecl: 'врио и.о. замминистра замглавы зампредседателя заммэра замгубернатора замдиректора атташе',
};

interface Head {
  lemma: string;
  type: HeadType;
  cases: Case[];
}

const RU_HEAD_FORMS = new Map<string, Head>();
{
  const put = (form: string, lemma: string, type: HeadType, cases: readonly Case[]) => {
    const key = fold(form);
    const prev = RU_HEAD_FORMS.get(key);
    if (prev) prev.cases = [...new Set([...prev.cases, ...cases])];
    else RU_HEAD_FORMS.set(key, { lemma, type, cases: [...cases] });
  };
  const GEN_ACC: Case[] = ['gen', 'acc'];
  for (const [type, list] of Object.entries(RU_HEADS) as [HeadType, string][]) {
    for (const lemma of list.split(' ')) {
      const forms = (cut: number, endings: [string, Case[]][]) => {
        put(lemma, lemma, type, ['nom']);
        for (const [e, cases] of endings) put(lemma.slice(0, lemma.length - cut) + e, lemma, type, cases);
      };
      const hushing = /[жшчщц]$/.test(lemma);
      switch (type) {
        case 'hard':
          forms(0, [['а', GEN_ACC], ['у', ['dat']], [hushing ? 'ем' : 'ом', ['ins']], ['е', ['loc']]]);
          break;
        case 'soft':
          forms(1, [['я', GEN_ACC], ['ю', ['dat']], ['ем', ['ins']], ['е', ['loc']]]);
          break;
        case 'iy':
          forms(1, [['я', GEN_ACC], ['ю', ['dat']], ['ем', ['ins']], ['и', ['loc']]]);
          break;
        case 'adj': {
          // командующий: -его, -ему, -им, -ем; уполномоченный: -ого, -ому, -ым, -ом.
          const soft = lemma.endsWith('ий');
          forms(2, soft ? [['его', GEN_ACC], ['ему', ['dat']], ['им', ['ins']], ['ем', ['loc']]] : [['ого', GEN_ACC], ['ому', ['dat']], ['ым', ['ins']], ['ом', ['loc']]]);
          break;
        }
        case 'a':
          forms(1, [['ы', ['gen']], ['е', ['dat', 'loc']], ['у', ['acc']], ['ой', ['ins']], ['ою', ['ins']]]);
          break;
        case 'ya':
          forms(1, [['и', ['gen']], ['е', ['dat', 'loc']], ['ю', ['acc']], ['ей', ['ins']], ['ею', ['ins']]]);
          break;
        case 'indecl':
          put(lemma, lemma, type, CASES);
          break;
      }
    }
  }
  // посол loses its vowel; its locative `после` is left out, being the everyday preposition.
  for (const [form, cases] of [['посол', ['nom']], ['посла', GEN_ACC], ['послу', ['dat']], ['послом', ['ins']]] as [string, Case[]][]) {
    put(form, 'посол', 'hard', cases);
  }
}

/** English titles; capitalised in running text, but a few newsroom roles are written lowercase. */
const EN_HEADS = new Set(
  (
    'president minister chairman chairwoman chairperson chair governor mayor head director director-general ceo cfo coo ' +
    'deputy aide adviser advisor ambassador rector speaker secretary chief commander commander-in-chief envoy representative ' +
    'ombudsman ombudsperson commissioner prosecutor judge chancellor king queen emir sultan prince sheikh patriarch mufti ' +
    'senator member leader founder premier principal dean manager officer spokesman spokeswoman spokesperson editor ' +
    'editor-in-chief anchor host journalist correspondent presenter reporter'
  ).split(' '),
);
const EN_LOWERCASE_HEADS = new Set(['anchor', 'journalist', 'correspondent', 'presenter', 'reporter', 'editor']);
/** Words that may stand right before a second title inside one role: `Deputy Prime Minister`. */
const EN_TITLE_MODIFIERS = new Set(
  'prime vice first deputy executive general chief foreign finance senior acting managing press crown special presidential permanent plenipotentiary supreme assistant associate defence defense trade economy economic energy health healthcare justice interior education culture sports transport labour labor'.split(' '),
);
const EN_FUNCTION = new Set(['of', 'the', 'for', 'to', 'on', 'and']);

/** Words that end a role in Russian: prepositions and conjunctions before a name, pronouns. */
const RU_STOP = new Set(
  ('с со а но или что чтобы который которая которое которые которого которой которым как где когда также тоже уже ещё еще ' +
    'не ни это этого этой этот эта его её ее их он она они к ко от о об обо у за для из до после перед между через без под над ' +
    'вместе лично сам сама самого всего всех').split(' ').map(fold),
);
/**
 * Prepositions inside a title and the case they take there: `Уполномоченный по правам человека`
 * (dative), `Посол России в США`, `представитель при ООН` (prepositional). `в` with the accusative
 * is a direction (`визита Султана Омана в Российскую Федерацию`), not a title.
 */
const RU_TITLE_PREPOSITIONS: Record<string, 'dat' | 'loc'> = { по: 'dat', при: 'loc', в: 'loc', во: 'loc', на: 'loc' };
/** Endings a word may have in a phrase of that case (its genitive complements aside). */
const RU_PHRASE_ENDINGS: Record<'dat' | 'loc' | 'ins', RegExp> = {
  dat: /(у|ю|ам|ям|ому|ему|ой|ей|ым|им|и|е)$/,
  loc: /(е|и|ах|ях|ом|ем|ой|ей|ых|их)$/,
  ins: /(ом|ем|ой|ей|ою|ею|ым|им|ами|ями)$/,
};
/** Genitive plurals with no ending, common after titles: `министр внутренних дел`. */
const RU_ZERO_GENITIVE = new Set(['дел', 'сил', 'войск', 'наук', 'мусульман', 'граждан', 'христиан', 'армян', 'лет']);
/** Pronouns and determiners with adjective endings, never part of a title: `его заместителя`. */
const RU_PRONOUNS = new Set(
  ('его ее её их свой своего своему своим своем своём этого этому этим этом того тому тем том нашего нашему нашим нашем ' +
    'вашего вашему вашим вашем всего всему всем всём самого самому самим самом моего моему моим моем какого какому каким каком ' +
    'которого которому которым котором').split(' ').map(fold),
);

interface Token {
  text: string;
  start: number;
  kind: 'word' | 'quote' | 'punct';
  quoted: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:[-‐'’.][\p{L}\p{N}]+)*/uy;

/** Words, quotes and other punctuation, with their offsets; words inside «…» are `quoted`. */
function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; ) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m) {
      let word = m[0];
      // `и.о.` keeps its last dot; a sentence's last dot does not belong to its word.
      if (/^\p{L}(\.\p{L})+$/u.test(word) && text[i + word.length] === '.') word += '.';
      out.push({ text: word, start: i, kind: 'word', quoted: depth > 0 });
      i += word.length;
      continue;
    }
    if ('«»"“”„'.includes(c)) {
      if (c === '«' || c === '„' || (c === '“' && depth === 0)) depth++;
      else if (c === '"') depth = depth > 0 ? depth - 1 : 1;
      else depth = Math.max(0, depth - 1);
      out.push({ text: c, start: i, kind: 'quote', quoted: true });
    } else {
      out.push({ text: c, start: i, kind: 'punct', quoted: depth > 0 });
    }
    i++;
  }
  return out;
}

function isEnglish(word: string): boolean {
  return LATIN.test(word) && !CYRILLIC.test(word);
}

/** The title a word is a form of: `Президентом` → президент (ins); `Премьер-министра` → министр. */
function ruHead(word: string): Head | undefined {
  const w = fold(word);
  const direct = RU_HEAD_FORMS.get(w);
  if (direct) return direct;
  const dash = w.lastIndexOf('-');
  return dash > 0 ? RU_HEAD_FORMS.get(w.slice(dash + 1)) : undefined;
}

function enHead(word: string): boolean {
  const w = word.toLowerCase().replace(/-elect$/, '');
  const known = EN_HEADS.has(w) || (w.includes('-') && EN_HEADS.has(w.slice(w.lastIndexOf('-') + 1)));
  return known && (isCapitalised(word) || EN_LOWERCASE_HEADS.has(w));
}

function isHead(t: Token): boolean {
  return t.kind === 'word' && (isEnglish(t.text) ? enHead(t.text) : ruHead(t.text) !== undefined);
}

/** The cases a masculine adjective form may be in: `первым` → ins, `Генерального` → gen, acc. */
function adjectiveCases(word: string): Case[] | undefined {
  const w = fold(word);
  if (w.length < 4 || RU_PRONOUNS.has(w) || !CYRILLIC.test(w)) return undefined;
  if (/(ого|его)$/.test(w)) return ['gen', 'acc'];
  if (/(ому|ему)$/.test(w)) return ['dat'];
  if (/(ым|им)$/.test(w)) return ['ins'];
  if (/(ом|ем)$/.test(w)) return ['loc'];
  if (/(ый|ий|ой)$/.test(w)) return ['nom'];
  return undefined;
}

/** Adjective stems whose nominative is stressed `-ой`: `второго` → `второй`, not `вторый`. */
const OY_STEMS = new Set(['втор', 'городск', 'морск', 'мирск', 'донск', 'друг', 'молод', 'свят', 'основн', 'больш', 'запасн', 'рулев']);

/** A masculine adjective in the nominative: `первым` → `первый`, `Генерального` → `Генеральный`. */
function adjectiveNominative(word: string): string {
  const w = fold(word);
  const hard = /(ого|ому|ым|ом)$/.exec(w);
  if (hard) {
    const stem = w.slice(0, w.length - hard[1].length);
    const ending = OY_STEMS.has(stem) || /[жшчщ]$/.test(stem) ? 'ой' : /[гкх]$/.test(stem) && hard[1] !== 'ым' ? 'ий' : 'ый';
    // After г, к, х the instrumental is spelled -им (российским), so -ым there is a plain -ый stem.
    return reEnd(word, hard[1].length, ending);
  }
  const soft = /(его|ему|им|ем)$/.exec(w);
  if (soft) {
    const stem = w.slice(0, w.length - soft[1].length);
    if (stem.endsWith('ь')) return reEnd(word, soft[1].length + 1, 'ий'); // третьего → третий
    if (OY_STEMS.has(stem)) return reEnd(word, soft[1].length, 'ой');
    return reEnd(word, soft[1].length, 'ий');
  }
  return word;
}

function genitiveLike(w: string): boolean {
  return /(а|я|ы|и|ой|ей|ого|его|ов|ев|ий|ых|их|ств)$/.test(w) || RU_ZERO_GENITIVE.has(w);
}

function looksLikeVerb(w: string): boolean {
  return /[аеёиоуыэюя]л[аио]$/.test(w) || /л(ся|ась|ись|ось)$/.test(w) || /(ть|ться)$/.test(w);
}

/** Titles whose complement is in the instrumental: `командующий Военно-Морским Флотом`. */
const RU_INSTRUMENTAL_GOVERNORS = new Set(['командующий', 'главнокомандующий']);

/** Russian: may `tokens[from..]` stand between the title `tokens[from - 1]` and the name? */
function ruTailOk(tokens: Token[], from: number): boolean {
  // After a preposition (`по правам человека`, `в Российской Федерации`) or a title governing the
  // instrumental, the words of that phrase are in its case, or genitives depending on them.
  let phrase: 'dat' | 'loc' | 'ins' | undefined = RU_INSTRUMENTAL_GOVERNORS.has(ruHead(tokens[from - 1].text)?.lemma ?? '') ? 'ins' : undefined;
  const inPhrase = (w: string) => phrase !== undefined && (RU_PHRASE_ENDINGS[phrase].test(w) || genitiveLike(w));
  for (let j = from; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.kind === 'quote' || t.quoted) continue;
    if (t.kind === 'punct') return false;
    const w = fold(t.text);
    const last = j === tokens.length - 1;
    if (w === 'и') {
      // `министр промышленности и торговли`, but not `Путина и Президента`: no title after it.
      if (last || tokens.slice(j + 1).some((x) => !x.quoted && isHead(x))) return false;
      continue;
    }
    if (RU_TITLE_PREPOSITIONS[w]) {
      if (last) return false;
      phrase = RU_TITLE_PREPOSITIONS[w];
      continue;
    }
    if (isEnglish(t.text)) {
      if (!isCapitalised(t.text)) return false;
      continue;
    }
    const head = ruHead(t.text);
    if (head) {
      // A title after the first is its complement (`заместителя Министра обороны`), so genitive;
      // `Председатель Правительства Михаил Мишустин мэр Москвы` is two people.
      if (!head.cases.includes('gen') && !inPhrase(w)) return false;
      continue;
    }
    if (RU_STOP.has(w)) return false;
    if (/\p{N}/u.test(w)) continue;
    if (isAllCaps(t.text)) continue; // ВС РФ, США, ООН
    if (isCapitalised(t.text)) {
      // Proper names of places and bodies (`Республики Казахстан`); not a person: a first name
      // (`… Российской Федерации Вячеслав`) or a name in the instrumental (`Михаилом Мишустиным`).
      if (FIRST_NAMES.has(w)) return false;
      if (phrase) {
        // `в Москву`, `в Россию`: the accusative of a direction (at the cost of `Посол в Перу`).
        if (phrase === 'loc' && /[ую]$/.test(w)) return false;
      } else if (w.length >= 5 && /(ом|ем|ым|им|ами|ями)$/.test(w)) return false;
      continue;
    }
    if (looksLikeVerb(w)) return false;
    if (genitiveLike(w) || inPhrase(w)) continue;
    return false;
  }
  return true;
}

/** English: may `tokens[from..]` stand between a title and the name (`of the State Council`)? */
function enTailOk(tokens: Token[], from: number): boolean {
  for (let j = from; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.kind === 'quote' || t.quoted) continue;
    if (t.kind === 'punct') return false;
    const w = t.text.toLowerCase();
    const last = j === tokens.length - 1;
    if (EN_FUNCTION.has(w)) {
      if (last) return false;
      if (w === 'and' && tokens.slice(j + 1).some((x) => !x.quoted && isHead(x))) return false;
      continue;
    }
    if (/\p{N}/u.test(w)) continue;
    if (!isCapitalised(t.text)) return false;
    if (isHead(t)) {
      // `Deputy Prime Minister`: a second title right after a title or a title word; not after
      // other names (`Minister Tatyana Golikova Moscow Mayor` is two people).
      const prev = tokens[j - 1];
      const prevWord = prev.text.toLowerCase();
      if (!isHead(prev) && !EN_FUNCTION.has(prevWord) && !EN_TITLE_MODIFIERS.has(prevWord)) return false;
    }
  }
  return true;
}

/** Where a Russian role starts: the title, and the adjectives agreeing with it before it. */
function ruRoleStart(tokens: Token[], h: number): number {
  const headCases = ruHead(tokens[h].text)!.cases;
  const agrees = (t: Token | undefined) => {
    if (!t || t.kind !== 'word' || t.quoted) return false;
    const cases = adjectiveCases(t.text);
    return cases !== undefined && cases.some((c) => headCases.includes(c));
  };
  let start = h;
  let k = h - 1;
  let taken = 0;
  while (k >= 0 && taken < 3) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.quoted) break;
    const w = fold(t.text);
    if (w === 'временно' && start === h && ruHead(tokens[h].text)?.lemma === 'исполняющий') {
      start = k--;
      taken++;
    } else if (agrees(t)) {
      start = k--;
      taken++;
    } else if (w === 'и' && start < h && agrees(tokens[k - 1])) {
      // `Чрезвычайного и Полномочного Посла`
      start = k - 1;
      k -= 2;
      taken++;
    } else break;
  }
  return start;
}

/** Where an English role starts: the title, and up to three capitalised words before it. */
function enRoleStart(tokens: Token[], h: number): number {
  // The capitalised words right before `k + 1`, nearest first, and what stands before them.
  const capitalisedRun = (k: number): { run: number[]; bounded: boolean } => {
    const run: number[] = [];
    while (k >= 0 && tokens[k].kind === 'word' && !tokens[k].quoted && isCapitalised(tokens[k].text)) run.push(k--);
    // They count only when no more capitalised words stand before them: in
    // `Minister Tatyana Golikova Moscow Mayor` the run is a person and a place, not a title.
    return { run, bounded: run.length <= 3 };
  };
  const near = capitalisedRun(h - 1);
  if (!near.bounded || near.run.length === 0) return h;
  let start = near.run[near.run.length - 1];
  // `Industry and Trade Minister`: one word on each side of `and`, when that still fits in three.
  const and = start - 1;
  // The word before `and` must itself follow something that is not a name (`Putin and Prime
  // Minister` is two people), and the start of `before` does not count: it may cut a name.
  if (near.run.length === 1 && tokens[and]?.kind === 'word' && tokens[and].text === 'and') {
    const far = capitalisedRun(and - 1);
    if (far.run.length === 1 && far.run[0] > 0) start = far.run[0];
  }
  return start;
}

/**
 * The role phrase that directly precedes a name, from the text `before` it in the lead.
 *
 * Rule: the role starts at an official title (a dictionary, Russian in all its cases and English:
 * президент, председатель, министр, губернатор, глава, заместитель, врио, … ; President, Minister,
 * Chairman, Governor, Head, Deputy, CEO, …), together with the adjectives before it that agree
 * with it (`первого заместителя`, `избранным Президентом`) or, in English, up to three capitalised
 * words (`Moscow Mayor`, `Industry and Trade Minister`), and runs to the end of `before`. Between
 * the title and the name only its complement may stand: genitives and proper names
 * (`Республики Казахстан`, `Северо-Озёрской области`, `«Остров мечты»`), further titles in the
 * genitive (`заместителя Министра обороны`), `of the State Council`; prepositions, conjunctions
 * joining two people, verbs and punctuation end it. The earliest title that qualifies wins.
 *   `Состоялась встреча Владимира Путина с Президентом Республики Казахстан`
 *     → `Президентом Республики Казахстан`
 *   `Vladimir Putin met with President of Mongolia` → `President of Mongolia`
 *   `Состоялась встреча Владимира Путина с` → undefined
 */
export function findRole(before: string): string | undefined {
  const tokens = tokenize(before);
  for (let h = 0; h < tokens.length; h++) {
    const t = tokens[h];
    if (t.quoted || !isHead(t)) continue;
    const english = isEnglish(t.text);
    if (!(english ? enTailOk(tokens, h + 1) : ruTailOk(tokens, h + 1))) continue;
    const start = english ? enRoleStart(tokens, h) : ruRoleStart(tokens, h);
    return before.slice(tokens[start].start).replace(/\s+$/, '');
  }
  return undefined;
}

/**
 * The role phrase with its head in the nominative: the leading adjectives and the title noun are
 * put in the nominative (masculine, as Russian titles are for everyone), the rest — the genitive
 * complement — is left as it stands, and each word keeps its capitalisation. English is unchanged.
 *   `Президентом Республики Казахстан` → `Президент Республики Казахстан`
 *   `первым заместителем губернатора` → `первый заместитель губернатора`
 *   `временно исполняющего обязанности губернатора` → `временно исполняющий обязанности губернатора`
 *   `управляющего директора` → `управляющий директор` (a participle title before a title noun is
 *   its adjective)
 */
export function nominativeRole(role: string): string {
  const tokens = tokenize(role);
  let h = tokens.findIndex((t) => t.kind === 'word' && !t.quoted && !isEnglish(t.text) && ruHead(t.text) !== undefined);
  if (h < 0 || tokens.slice(0, h).some((t) => isEnglish(t.text))) return role;
  while (ruHead(tokens[h].text)!.type === 'adj' && tokens[h + 1]?.kind === 'word' && ruHead(tokens[h + 1].text)) h++;
  const replaced = new Map<number, string>();
  for (let k = 0; k < h; k++) {
    const t = tokens[k];
    if (t.kind === 'word' && adjectiveCases(t.text)) replaced.set(k, adjectiveNominative(t.text));
  }
  replaced.set(h, headNominative(tokens[h].text));
  let out = '';
  let at = 0;
  for (const [k, text] of [...replaced.entries()].sort((a, b) => a[0] - b[0])) {
    out += role.slice(at, tokens[k].start) + text;
    at = tokens[k].start + tokens[k].text.length;
  }
  return out + role.slice(at);
}

/** `Премьер-министром` → `Премьер-министр`, `посла` → `посол`, `главу` → `глава`. */
function headNominative(word: string): string {
  const head = ruHead(word)!;
  if (head.type === 'adj' && !head.cases.includes('nom')) return adjectiveNominative(word);
  if (head.type === 'adj') return word;
  const dash = word.lastIndexOf('-');
  if (!RU_HEAD_FORMS.has(fold(word)) && dash > 0) return word.slice(0, dash + 1) + inCaseOf(word.slice(dash + 1), head.lemma);
  return inCaseOf(word, head.lemma);
}
