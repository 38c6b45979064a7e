// The form of a label's name part (model.ts LabelForm): a role (`Вопрос`), initials and a surname
// (`В.Путин`), a surname and initials (`Путин В.В.`), capitals (`… DMITRY PESKOV`), a name
// (`Си Цзиньпин`), a role and a name (`President of Russia Vladimir Putin`) — or prose, which is none.
// Where the person's name starts in it, and whether the shape is one prose rarely takes (`strong`).

import type { LabelForm } from './model';
import {
  FUNCTION_WORDS,
  HAS_CYRILLIC,
  INITIALS_PREFIX,
  LOWER,
  NON_PERSON_LAST_WORDS,
  ROLE_FROM,
  ROLE_LABELS,
  UPPER,
  isCapWord,
  isNameToken,
  words,
} from './labelWords';
import { foldLookalikes } from './lookalikes';
import { memoise } from './memoise';
import { personNameIndex, speakerKey } from './speakerKeys';

export interface Classified {
  form: LabelForm;
  strong: boolean;
  nameStart: number;
  nameStop: number;
  tooltipStart?: number;
  tooltipEnd?: number;
}

type Word = { word: string; start: number };

const SURNAME_INITIALS = new RegExp(`^[${UPPER}][${UPPER}${LOWER}'’\\-]+[\\s\\u00A0]+(?:[${UPPER}]\\.[\\s\\u00A0]?){1,2}$`);

/** `classify` without known keys depends on its arguments only (`nameEnd` is `start` + the name's
 *  length). Results are shared: read, never changed. */
const classifyMemo = memoise(20_000, (context: number, namePart: string) =>
  classify(context >> 1, (context >> 1) + namePart.length, namePart, (context & 1) === 1, undefined),
);

/** `classify` with known keys, memoised per set of keys while the set does not grow (sets of known
 *  keys only ever grow: a changed size means a changed set). */
const classifyKnowingMemos = new WeakMap<ReadonlySet<string>, { size: number; classify: (context: number, namePart: string) => Classified | undefined }>();

export function classifyKnowing(start: number, namePart: string, translated: boolean, knownKeys: ReadonlySet<string>): Readonly<Classified> | undefined {
  let memo = classifyKnowingMemos.get(knownKeys);
  if (!memo || memo.size !== knownKeys.size) {
    memo = {
      size: knownKeys.size,
      classify: memoise(20_000, (context: number, text: string) =>
        classify(context >> 1, (context >> 1) + text.length, text, (context & 1) === 1, knownKeys),
      ),
    };
    classifyKnowingMemos.set(knownKeys, memo);
  }
  return memo.classify(start * 2 + (translated ? 1 : 0), namePart);
}

export function classifyAlone(start: number, namePart: string, translated: boolean): Readonly<Classified> | undefined {
  return classifyMemo(start * 2 + (translated ? 1 : 0), namePart);
}

function classify(
  start: number,
  nameEnd: number,
  namePart: string,
  translated: boolean,
  knownKeys: ReadonlySet<string> | undefined,
): Classified | undefined {
  const ws = words(namePart, start);
  if (ws.length === 0) return undefined;
  const lower = foldLookalikes(namePart).replace(/[\s\u00A0]+/g, ' ').toLowerCase();

  // Role labels: `Вопрос`, `Реплика`, `Голос из зала`, `Question from Perm Territory`.
  if (ROLE_LABELS.has(lower) || ROLE_FROM.test(lower + ' ')) {
    return { form: 'role', strong: true, nameStart: start, nameStop: nameEnd };
  }
  if (hasSentencePeriod(namePart)) return undefined;

  // `В.Путин`, `Р.Т.Эрдоган`, `А.Кара-Мурза`, `М.Диас-Канель Бермудес`, `A. Repik`.
  const ini = INITIALS_PREFIX.exec(namePart);
  if (ini) return initialsForm(start, nameEnd, namePart, ini[0].length);

  // `Путин В.В.`
  if (SURNAME_INITIALS.test(namePart)) {
    return { form: 'surname-initials', strong: true, nameStart: start, nameStop: nameEnd };
  }

  // `DEPUTY CHIEF OF STAFF … DMITRY PESKOV`
  const letters = namePart.replace(/[^\p{L}]/gu, '');
  if (ws.length >= 2 && letters.length >= 6 && letters === letters.toUpperCase() && /[A-ZА-ЯЁ]{3}/.test(letters)) {
    // The person is the last two words: `PRESIDENTIAL PRESS SECRETARY DMITRY PESKOV` → `DMITRY PESKOV`.
    return { form: 'caps', strong: false, nameStart: ws[Math.max(ws.length - 2, 0)].start, nameStop: nameEnd };
  }

  const firstWord = ws[0].word.replace(/[,’']+$/, '').toLowerCase();
  if (FUNCTION_WORDS.has(firstWord)) return undefined;
  return commaForm(start, nameEnd, namePart) ?? nameForm(start, nameEnd, namePart, ws, translated, knownKeys);
}

/** Periods other than after an initial or inside a word (`Lenta.ru`) end a sentence. */
function hasSentencePeriod(namePart: string): boolean {
  for (let i = 0; i < namePart.length; i++) {
    if (namePart[i] !== '.') continue;
    const prev = namePart[i - 1];
    const next = namePart[i + 1];
    const initial = prev !== undefined && /[A-ZА-ЯЁ]/.test(prev) && (i < 2 || !/[\p{L}]/u.test(namePart[i - 2]));
    const inWord = prev !== undefined && next !== undefined && /[\p{L}]/u.test(prev) && /[\p{L}]/u.test(next);
    const abbrev = /(?:^|\s)(?:St|Mr|Ms|Mrs|Dr|Jr|Sr)$/.test(namePart.slice(0, i));
    if (!initial && !inWord && !abbrev) return true;
  }
  return false;
}

/** Initials, then the surname (`В.Путин`), given the length of the initials that open `namePart`. */
function initialsForm(start: number, nameEnd: number, namePart: string, initialsLength: number): Classified | undefined {
  const rest = words(namePart.slice(initialsLength), start + initialsLength);
  if (rest.length === 0 || !isCapWord(rest[0].word)) return undefined;
  const surname = rest[0].word;
  if (rest.length > 1 && rest[1].word === surname) {
    // The scraped tooltip: `С.Кравцов Кравцов Сергей Сергеевич Министр просвещения …`.
    return {
      form: 'initials',
      strong: true,
      nameStart: start,
      nameStop: rest[0].start + surname.length,
      tooltipStart: rest[1].start,
      tooltipEnd: nameEnd,
    };
  }
  if (rest.length > 4 || !rest.every((w) => isNameToken(w.word))) return undefined;
  return { form: 'initials', strong: true, nameStart: start, nameStop: nameEnd };
}

/** `Sergei Agafonov, Editor in Chief of Ogonyok magazine`, `Alisa Shmelyova, metrology engineer`. */
function commaForm(start: number, nameEnd: number, namePart: string): Classified | undefined {
  const comma = namePart.indexOf(',');
  if (comma <= 0) return undefined;
  const head = words(namePart.slice(0, comma), start);
  const tail = words(namePart.slice(comma + 1), start + comma + 1);
  if (
    head.length === 1 &&
    isCapWord(head[0].word) &&
    tail.length >= 1 &&
    tail.length <= 3 &&
    tail.every((w) => isCapWord(w.word)) &&
    !NON_PERSON_LAST_WORDS.has(head[0].word.toLowerCase())
  ) {
    // A caller's first name and town, as phone-ins label them: `Dmitry, Moscow`.
    return { form: 'name', strong: false, nameStart: start, nameStop: nameEnd };
  }
  if (head.length >= 2 && head.length <= 4 && head.every((w) => isNameToken(w.word)) && isCapWord(head[head.length - 1].word)) {
    const last = head[head.length - 1];
    return { form: 'role-name', strong: false, nameStart: head[0].start, nameStop: last.start + last.word.length };
  }
  return undefined;
}

/** A name, possibly after a role: the last words must be a person's name. */
function nameForm(
  start: number,
  nameEnd: number,
  namePart: string,
  ws: readonly Word[],
  translated: boolean,
  knownKeys: ReadonlySet<string> | undefined,
): Classified | undefined {
  let i = ws.length - 1;
  let capCount = 0;
  while (i >= 0 && isNameToken(ws[i].word.replace(/,$/, '')) && !ws[i].word.endsWith(',')) {
    if (isCapWord(ws[i].word)) capCount++;
    i--;
  }
  // With a comma glued to the word before the name (`Lipetsk, Yevgeny Zaitsev`) the name still ends the label.
  const nameWords = ws.slice(i + 1);
  if (nameWords.length === 0) return undefined;
  const lastWord = nameWords[nameWords.length - 1].word;
  if (!isCapWord(lastWord)) return undefined;
  if (NON_PERSON_LAST_WORDS.has(lastWord.toLowerCase())) return undefined;
  if (i < 0) return wholeNameForm(start, nameEnd, namePart, nameWords, capCount, translated, knownKeys);

  // Role + name, as English transcripts label a first appearance:
  // `President of Russia Vladimir Putin`, `Direct line host Valeriya Korableva`.
  if (HAS_CYRILLIC.test(namePart)) return undefined; // Russian transcripts put the role in the lead, not in the label.
  if (capCount < 2) return undefined;
  if (ws.length > 30) return undefined;
  const nameStart = ws[personNameIndex(ws.map((w) => w.word))].start;
  return { form: 'role-name', strong: translated, nameStart, nameStop: nameEnd };
}

/** The whole label is a name: `Си Цзиньпин`, `Vladimir Putin`, `Мин Аун Хлайн`, `Ван И`. */
function wholeNameForm(
  start: number,
  nameEnd: number,
  namePart: string,
  nameWords: readonly Word[],
  capCount: number,
  translated: boolean,
  knownKeys: ReadonlySet<string> | undefined,
): Classified | undefined {
  if (capCount >= 2 && nameWords.length <= 5) {
    return { form: 'name', strong: translated, nameStart: start, nameStop: nameEnd };
  }
  if (capCount >= 2 && !translated && !HAS_CYRILLIC.test(namePart)) {
    // `Nezavisimaya Gazeta Chief Editor Konstantin Remchukov`: a role of capitalised words.
    return { form: 'role-name', strong: false, nameStart: nameWords[personNameIndex(nameWords.map((w) => w.word))].start, nameStop: nameEnd };
  }
  if (translated && capCount >= 2) return nameWithTooltip(start, nameEnd, nameWords);
  if (capCount === 1 && knownKeys?.has(speakerKey(namePart, 'name'))) {
    return { form: 'name', strong: false, nameStart: start, nameStop: nameEnd };
  }
  return undefined;
}

/** A scraped tooltip after a foreign name: `Тамим Бен Хамад Аль Тани Аль Тани Тамим …`. The name ends
 *  where a word repeats. */
function nameWithTooltip(start: number, nameEnd: number, nameWords: readonly Word[]): Classified {
  const seen = new Set<string>();
  let stop = nameWords.length;
  for (let k = 0; k < nameWords.length; k++) {
    if (seen.has(nameWords[k].word)) {
      stop = k;
      break;
    }
    seen.add(nameWords[k].word);
  }
  const last = nameWords[Math.max(stop - 1, 0)];
  const tooltip = stop < nameWords.length ? nameWords[stop] : undefined;
  return {
    form: 'name',
    strong: true,
    nameStart: start,
    nameStop: last.start + last.word.length,
    tooltipStart: tooltip?.start,
    tooltipEnd: tooltip ? nameEnd : undefined,
  };
}
