// Russian first names and patronymics in any case, read back to the nominative (russianNames.ts).

import { CASES, CONSONANT, HUSHING, VELAR_OR_HUSHING, VOWEL, combos, fold, inCaseOf, intersect, reEnd, type Case, type Combos, type Gender } from './russianInflection';

/**
 * First names whose gender settles an ambiguous ending: `Виталия Мутко` (the surname does not
 * decline) is the genitive of `Виталий`, not a woman `Виталия`; `Игоре` is `Игорь`, not `Игор`.
 * A name missing here is only kept as written when its ending is ambiguous.
 */
export const FIRST_NAMES = new Map<string, Gender>();
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

export interface Reading {
  nominative: string;
  combos: Combos;
}

/** A patronymic in any case: `Тимуровича` → `Тимурович` (gen, acc; m), `Сергеевны` → `Сергеевна`. */
export function patronymicReading(word: string): Reading | undefined {
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
export function nominativeFirstName(word: string, allowed: Combos): string | null {
  const readings = firstNameReadings(word);
  const fits = withKnownGender(readings).filter((r) => intersect(r.combos, allowed).size > 0);
  const distinct = [...new Map(fits.map((r) => [fold(r.nominative), r.nominative])).values()];
  const known = distinct.filter((n) => FIRST_NAMES.has(fold(n)));
  if (known.length === 0 && readings.some((r) => FIRST_NAMES.has(fold(r.nominative)))) return null;
  if (distinct.length === 1) return distinct[0];
  if (distinct.length === 0) return word;
  return known.length === 1 ? known[0] : word;
}
