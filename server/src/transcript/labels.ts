// Speaker labels: recognise a label at the start of a line and the key of the speaker it names
// (speakerKeys.ts); the form of its name part is labelForms.ts's.
//
// A turn starts at `<label>[ (note)][ ]:[ ]text`. What a label may look like comes from real
// transcripts (FORMAT.md and ../shared/corpus): `В.Путин`, `Р.Т.Эрдоган`, `М.Диас-Канель Бермудес`,
// `Путин В.В.`, `Си Цзиньпин`, `Vladimir Putin`, `President of Russia Vladimir Putin`,
// `Alisa Shmelyova, metrology engineer`, `DEPUTY … DMITRY PESKOV`, `Вопрос`, `Question from Izhevsk`.
// What must not be taken for one: prose with an early colon (`Всем нам известно: …`, `Second: …`,
// `Mr President, my question is: …`), list items (`Minister of Defence: Sergei Shoigu.`), SMS read
// out (`Lipetsk, Yevgeny Zaitsev: “…”`), date lines and URLs.

import { classifyAlone, classifyKnowing } from './labelForms';
import { INITIALS_PREFIX, LOWER, UPPER, isCapWord, isTranslationNote, skipSpace, trimSpaceBefore, words } from './labelWords';
import type { LabelForm } from './model';
import { speakerKey } from './speakerKeys';

/** A label found at the start of a line; columns are UTF-16 offsets into the line. */
export interface LabelMatch {
  /** Start of the label (after leading white space and a BOM). */
  start: number;
  /** End of the label text (before any space preceding the colon). */
  end: number;
  /** Name part: `[nameStart, nameEnd)`. */
  nameStart: number;
  nameEnd: number;
  noteStart?: number;
  noteEnd?: number;
  tooltipStart?: number;
  tooltipEnd?: number;
  colon: number;
  /** End of a run of extra colons (`::`), equal to colon + 1 when there is none. */
  colonsEnd: number;
  /** Where the turn's text starts (after the colon and one run of white space). */
  textStart: number;
  form: LabelForm;
  key: string;
  /** True for shapes that prose rarely takes (initials, known roles, translation notes). */
  strong: boolean;
  /** What ends the label (traditionLabels.ts): `:` when unset; `.` (`Mr. NIELDS. What…`); `''` for
   *  none (`Q    Thanks`), where `colon` and `colonsEnd` are both the label's end. */
  terminator?: ':' | '.' | '';
  /** A timestamp of the label (`[00:01:23] Name:`, `Speaker 1 (00:01:23):`): its columns and seconds. */
  timeStart?: number;
  timeEnd?: number;
  seconds?: number;
  /** Spaces before the label (` В.Путин: …`). */
  indent?: number;
}

/** A first name and a patronymic, nothing else: how Russian speech addresses someone. */
const FIRST_NAME_PATRONYMIC = /^[А-ЯЁ][а-яё]+[\s\u00A0]+[А-ЯЁ][а-яё]+(?:овна|евна|ична|ович|евич|ьич|ич)$/;

/** The longest label we accept: role + full name labels of 150+ characters occur (corpus). */
const MAX_LABEL_LENGTH = 260;

/** Sentence punctuation that no label holds. Periods are checked separately (initials, `Lenta.ru`). */
const SENTENCE_MARKS = /[!?;«»“”„"…–—=+*/\\|<>{}\[\]@#$%^&~`]/;

/** The end of the run of colons that starts at `colon` (`::`). */
function colonsEndAt(line: string, colon: number): number {
  let colonsEnd = colon + 1;
  while (line[colonsEnd] === ':') colonsEnd++;
  return colonsEnd;
}

/**
 * Recognise a speaker label at the start of `line`. Returns undefined for prose.
 * `knownKeys` (speakers already seen in the file) lets a weak shape through when the same
 * speaker has spoken before.
 */
export function matchLabel(line: string, knownKeys?: ReadonlySet<string>): LabelMatch | undefined {
  let start = 0;
  if (line.charCodeAt(0) === 0xfeff) start = 1;
  start = skipSpace(line, start);
  if (start > 0 && line.charCodeAt(0) !== 0xfeff) return undefined; // an indented line is not a label
  const first = line[start];
  if (first === undefined) return undefined;
  if (!/[A-ZА-ЯЁ]/.test(first)) return matchLowercaseLabel(line, start, knownKeys);
  const colon = labelColon(line, start);
  if (colon < 0) return undefined;

  const end = trimSpaceBefore(line, start, colon);
  if (end === start) return undefined;
  const raw = line.slice(start, end);
  const tooltip = matchTooltip(line, start, end);
  if (tooltip) return tooltip;
  if (SENTENCE_MARKS.test(raw)) return undefined;

  // A trailing note `(как переведено)`, `(retranslated)`, `(Answering a question …)`, `(ENI)`.
  let nameEnd = end;
  let noteStart: number | undefined;
  let noteEnd: number | undefined;
  if (raw.endsWith(')')) {
    const open = raw.lastIndexOf('(');
    if (open <= 0) return undefined;
    noteStart = start + open;
    noteEnd = end;
    nameEnd = trimSpaceBefore(line, start, noteStart);
  }
  const namePart = line.slice(start, nameEnd);
  if (hasUnbalancedParentheses(namePart)) return undefined;
  const translated = noteStart !== undefined && isTranslationNote(line.slice(noteStart, noteEnd));

  const colonsEnd = colonsEndAt(line, colon);
  const textStart = skipSpace(line, colonsEnd);
  const result = knownKeys ? classifyKnowing(start, namePart, translated, knownKeys) : classifyAlone(start, namePart, translated);
  if (!result) return knownKeys ? matchLowercaseKnownName(line, start, knownKeys) : undefined; // `В.соколов:`
  const { form, strong } = result;
  const { nameStart, nameStop, tooltipStart, tooltipEnd } = result;
  const name = line.slice(nameStart, nameStop);
  const key = speakerKey(name, form);
  if (!strong && !knownKeys?.has(key)) {
    if (!hasTurnEvidence(line, start, colon, colonsEnd, textStart, form, name, nameStop)) return undefined;
  }
  if (!strong && knownKeys && knownKeys.size > 0 && !knownKeys.has(key) && form === 'name' && words(name, 0).length === 1) {
    return undefined;
  }
  return {
    start,
    end,
    nameStart,
    nameEnd: nameStop,
    noteStart,
    noteEnd,
    tooltipStart,
    tooltipEnd,
    colon,
    colonsEnd,
    textStart,
    form,
    key,
    strong,
  };
}

/** The colon that may end a label starting at `start`: the first within MAX_LABEL_LENGTH; -1 for none,
 *  or for a colon glued to what follows it with a slash or digit (`http://…`, `12:40`). */
function labelColon(line: string, start: number): number {
  const limit = Math.min(line.length, start + MAX_LABEL_LENGTH);
  let colon = -1;
  for (let i = start; i < limit; i++) {
    const ch = line[i];
    if (ch === ':') {
      colon = i;
      break;
    }
  }
  if (colon < 0) return -1;
  const after = line[colon + 1];
  if (after === '/' || (after !== undefined && /\d/.test(after) && /\d$/.test(line.slice(start, colon)))) return -1;
  return colon;
}

/** Parentheses inside the role (`… Agency (IRENA) Adnan Z. Amin`) are fine; unbalanced ones are not. */
function hasUnbalancedParentheses(namePart: string): boolean {
  if (!namePart.includes('(') && !namePart.includes(')')) return false;
  return (namePart.match(/\(/g) ?? []).length !== (namePart.match(/\)/g) ?? []).length;
}

/** A weak shape the file has not used yet needs the evidence of a real turn: one colon and a
 *  space after it, and no quotation opening the text (an SMS read out: `Lipetsk, Yevgeny Zaitsev: “…”`). */
function hasTurnEvidence(
  line: string,
  start: number,
  colon: number,
  colonsEnd: number,
  textStart: number,
  form: LabelForm,
  name: string,
  nameStop: number,
): boolean {
  if (colonsEnd !== colon + 1) return false;
  const text = line.slice(textStart);
  // Glued to its text, it is still a turn when it is a role and a name opening a sentence
  // (`President of Russia Vladimir Putin:Colleagues, …`; `speaker-no-space-after-colon` fixes it).
  if (textStart === colonsEnd && text.length > 0 && !(form === 'role-name' && words(name, 0).length >= 2 && words(line.slice(start, nameStop), 0).length >= 4 && /^[A-ZА-ЯЁ]/.test(text))) return false;
  if (/^[“"«„‘']/.test(text)) return false;
  // `Ирина Викторовна, фельдшерский пункт сейчас закрыт: …` addresses someone by first name and
  // patronymic, as Russian speech does; a label names a speaker by surname.
  if (form === 'role-name' && FIRST_NAME_PATRONYMIC.test(name)) return false;
  return true;
}

/** `С.Кравцов Кравцов Сергей Сергеевич Министр просвещения Российской Федерации :` — a person's tooltip
 *  that a scrape expanded after the label; the surname repeats right after it. Any text may follow. */
function matchTooltip(line: string, start: number, end: number): LabelMatch | undefined {
  const ini = INITIALS_PREFIX.exec(line.slice(start, end));
  if (!ini) return undefined;
  const afterInitials = start + ini[0].length;
  const rest = words(line.slice(afterInitials, end), afterInitials);
  if (rest.length < 3 || rest[1].word !== rest[0].word || !isCapWord(rest[0].word)) return undefined;
  let nameEnd = end;
  let noteStart: number | undefined;
  if (line[end - 1] === ')') {
    const open = line.lastIndexOf('(', end);
    if (open > start) {
      noteStart = open;
      nameEnd = trimSpaceBefore(line, start, open);
    }
  }
  const colon = line.indexOf(':', end);
  const colonsEnd = colonsEndAt(line, colon);
  const name = line.slice(start, rest[0].start + rest[0].word.length);
  return {
    start,
    end,
    nameStart: start,
    nameEnd: rest[0].start + rest[0].word.length,
    noteStart,
    noteEnd: noteStart !== undefined ? end : undefined,
    tooltipStart: rest[1].start,
    tooltipEnd: nameEnd,
    colon,
    colonsEnd,
    textStart: skipSpace(line, colonsEnd),
    form: 'initials',
    key: speakerKey(name, 'initials'),
    strong: true,
  };
}

const LOWERCASE_LABEL = new RegExp(
  `^((?:[${LOWER}]\\.[\\s\\u00A0]?){1,3})([${LOWER}${UPPER}][${LOWER}'’]+(?:-[${LOWER}${UPPER}][${LOWER}'’]+)?)([\\s\\u00A0]*)(:+)`,
);

/** `в.путин: …` — a label typed in lowercase. Prose never opens with `x.word:`, so it is a turn
 *  (diagnostics ask to capitalise it). */
function matchLowercaseLabel(line: string, start: number, knownKeys: ReadonlySet<string> | undefined): LabelMatch | undefined {
  const m = LOWERCASE_LABEL.exec(line.slice(start));
  if (!m) return knownKeys ? matchLowercaseKnownName(line, start, knownKeys) : undefined;
  // `т.е. это: …`, `i.e. this: …` are abbreviations opening prose, not initials.
  if (/^(?:т\.[екндпч]|и\.о|e\.g|i\.e|p\.s|n\.b|a\.m|p\.m)\./i.test(m[1].replace(/[\s\u00A0]/g, ''))) return undefined;
  const key = speakerKey(line.slice(start, start + m[1].length + m[2].length), 'initials');
  // A speaker the file knows, typed in lowercase, is a turn. An unknown one only in the plain shape
  // `в.соколов:` — one Cyrillic initial, all lowercase, not a place abbreviation (`г. Казань:`,
  // `п.Солнечный:`, `a. Housing:` are prose).
  const plain = /^[а-яё]\.[\s\u00A0]?$/.test(m[1]) && m[2] === m[2].toLowerCase() && !/^[гпсдхо]\./.test(m[1]);
  if (!knownKeys?.has(key) && !plain) return undefined;
  const end = start + m[1].length + m[2].length;
  const colon = end + m[3].length;
  const colonsEnd = colon + m[4].length;
  return {
    start,
    end,
    nameStart: start,
    nameEnd: end,
    colon,
    colonsEnd,
    textStart: skipSpace(line, colonsEnd),
    form: 'initials',
    key,
    strong: true,
  };
}

/** `vladimir putin: …` — a speaker of this file typed in lowercase. Only a name the file already
 *  knows is taken, so lowercase prose with a colon stays prose. */
function matchLowercaseKnownName(line: string, start: number, knownKeys: ReadonlySet<string>): LabelMatch | undefined {
  const colon = line.indexOf(':', start);
  if (colon < 0 || colon - start > 80) return undefined;
  const end = trimSpaceBefore(line, start, colon);
  const name = line.slice(start, end);
  if (!/^[\p{L}][\p{L}\s\u00A0.’'-]*$/u.test(name)) return undefined;
  const key = speakerKey(name, 'name');
  if (!knownKeys.has(key)) return undefined;
  const colonsEnd = colonsEndAt(line, colon);
  return { start, end, nameStart: start, nameEnd: end, colon, colonsEnd, textStart: skipSpace(line, colonsEnd), form: 'name', key, strong: false };
}
