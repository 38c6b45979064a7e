// Speaker labels: recognise a label at the start of a line, normalise it to a key shared by
// every form of the same speaker, and build the file's speaker register.
//
// A turn starts at `<label>[ (note)][ ]:[ ]text`. What a label may look like comes from real
// transcripts (FORMAT.md and ../shared/corpus): `В.Путин`, `Р.Т.Эрдоган`, `М.Диас-Канель Бермудес`,
// `Путин В.В.`, `Си Цзиньпин`, `Vladimir Putin`, `President of Russia Vladimir Putin`,
// `Alisa Shmelyova, metrology engineer`, `DEPUTY … DMITRY PESKOV`, `Вопрос`, `Question from Izhevsk`.
// What must not be taken for one: prose with an early colon (`Всем нам известно: …`, `Second: …`,
// `Mr President, my question is: …`), list items (`Minister of Defence: Sergei Shoigu.`), SMS read
// out (`Lipetsk, Yevgeny Zaitsev: “…”`), date lines and URLs.

import type { LabelForm, Speaker, Transcript, Turn } from './model';

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

const UPPER = 'A-ZА-ЯЁ';
const LOWER = 'a-zа-яё';
/** Space as the format writes it: ordinary space and U+00A0 (and other Unicode spaces). */
const WS = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]/;

/** A first name and a patronymic, nothing else: how Russian speech addresses someone. */
const FIRST_NAME_PATRONYMIC = /^[А-ЯЁ][а-яё]+[\s\u00A0]+[А-ЯЁ][а-яё]+(?:овна|евна|ична|ович|евич|ьич|ич)$/;

/** The longest label we accept: role + full name labels of 150+ characters occur (corpus). */
const MAX_LABEL_LENGTH = 260;

const ROLE_LABELS = new Set([
  'вопрос', 'вопросы', 'реплика', 'реплики', 'ответ', 'голос из зала', 'голоса из зала', 'ведущий', 'ведущая',
  'модератор', 'журналист', 'корреспондент', 'участник', 'участница', 'участники', 'слушатель', 'зритель',
  'председательствующий', 'председатель', 'президент', 'переводчик', 'спикер',
  'question', 'questions', 'remark', 'remarks', 'response', 'reply', 'comment', 'answer', 'speaker',
  'moderator', 'host', 'voice', 'voices', 'voice from the audience', 'audience', 'journalist',
  'correspondent', 'participant', 'participants', 'volunteers', 'interpreter', 'call centre operator',
  'call center operator', 'presenter', 'anchor', 'chairman', 'chairwoman', 'chair', 'president',
]);

/** `Question from Izhevsk`, `Вопрос из зала`. */
const ROLE_FROM = /^(?:question|вопрос|реплика|remark|comment)\s+(?:from|из|с)\s/i;

/** Words that open prose, never a name (`In Russia:`, `The second one:`, `Mr President, …:`). */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'and', 'but', 'or', 'as', 'so', 'to', 'of', 'in', 'on', 'at', 'for', 'by', 'with', 'from',
  'this', 'that', 'these', 'those', 'it', 'its', 'we', 'i', 'you', 'he', 'she', 'they', 'my', 'our', 'your',
  'his', 'her', 'their', 'here', 'there', 'now', 'then', 'finally', 'another', 'mr', 'ms', 'mrs', 'dear', 'ladies', 'colleagues', 'friends', 'note', 'yes', 'no',
  'what', 'why', 'how', 'when', 'where', 'who', 'which', 'if', 'also', 'again', 'today', 'let', 'please',
  'thank', 'thanks', 'well', 'all', 'some', 'every', 'each', 'both', 'about', 'after', 'before', 'during',
  'under', 'over', 'not', 'just', 'only', 'even', 'still', 'yet', 'p.s', 'ps', 'nb',
  'и', 'а', 'но', 'или', 'в', 'во', 'на', 'с', 'со', 'к', 'ко', 'по', 'о', 'об', 'от', 'до', 'из', 'за', 'для',
  'это', 'этот', 'эта', 'эти', 'мы', 'я', 'вы', 'он', 'она', 'они', 'наш', 'ваш', 'мой', 'вот', 'здесь',
  'теперь', 'итак', 'во-первых', 'во-вторых', 'в-третьих', 'первое', 'второе', 'третье', 'уважаемый',
  'уважаемые', 'дорогие', 'коллеги', 'друзья', 'господин', 'госпожа', 'да', 'нет', 'что', 'как', 'где',
  'когда', 'почему', 'если', 'также', 'сегодня', 'спасибо', 'все', 'всем', 'всё', 'повестка', 'итоги',
  'примечание', 'цитата', 'справка',
]);

/** Last words that name an institution, a place or a portfolio, not a person
 *  (`Minister of Foreign Affairs: …`, `Verkhnyaya Salda, Sverdlovsk Region: …`). */
const NON_PERSON_LAST_WORDS = new Set([
  'region', 'territory', 'republic', 'affairs', 'resources', 'development', 'media', 'committee', 'club',
  'foundation', 'ministry', 'academy', 'sciences', 'science', 'education', 'protection', 'utilities', 'trade',
  'industry', 'agency', 'service', 'council', 'party', 'federation', 'union', 'company', 'corporation',
  'bank', 'university', 'institute', 'centre', 'center', 'museum', 'district', 'city', 'area', 'east', 'west',
  'north', 'south', 'relief', 'minister', 'president', 'governor', 'chairman', 'director', 'secretary',
  'ambassador', 'mayor', 'head', 'spokesman', 'spokesperson', 'prosecutor', 'commissioner', 'deputy', 'energy', 'defence', 'defense', 'culture', 'sport', 'sports', 'transport',
  'justice', 'healthcare', 'health', 'agriculture', 'finance', 'interior', 'economy', 'policy', 'programme',
  'program', 'project', 'projects', 'agreement', 'agreements', 'strategy', 'law', 'code', 'news', 'day',
  'week', 'year', 'summit', 'forum', 'conference', 'session', 'meeting', 'festival', 'games', 'cup',
  'федерации', 'области', 'края', 'республики', 'округа', 'района', 'города', 'министерства', 'комитета',
  'совета', 'думы', 'правительства', 'администрации', 'академии', 'университета', 'института', 'центра',
  'банка', 'компании', 'корпорации', 'фонда', 'партии', 'союза', 'форума', 'саммита',
]);

/** Particles inside foreign names: `Dmitry de Koshko`, `Hans-Friedrich von Ploetz`, `Bashar al-Assad`. */
const NAME_PARTICLES = new Set([
  'de', 'da', 'di', 'du', 'des', 'del', 'della', 'der', 'den', 'van', 'von', 'vom', 'zu', 'la', 'le', 'dos',
  'das', 'do', 'al', 'el', 'bin', 'ibn', 'bint', 'ben', "d'", 'y', 'e', 'af', 'ter', 'st',
]);

/** Notes between the name and the colon that mark a translated speech. */
const TRANSLATION_NOTE = /^\((?:как\s+переведено|в\s+переводе|retranslated|translated|translates|translation|через\s+переводчика)\)$/i;

/** `(как переведено)`, `(retranslated)`: a note that marks a translated speech (not `(ENI)`). */
export function isTranslationNote(note: string): boolean {
  return TRANSLATION_NOTE.test(note);
}

const INITIAL = new RegExp(`^[${UPPER}]\\.$`);
const INITIALS_PREFIX = new RegExp(`^((?:[${UPPER}]\\.[\\s\\u00A0]?){1,3})(?=[${UPPER}])`);
const CAP_WORD = new RegExp(`^[${UPPER}][${UPPER}${LOWER}'’\\-]*$`, 'u');
const SURNAME_INITIALS = new RegExp(`^[${UPPER}][${UPPER}${LOWER}'’\\-]+[\\s\\u00A0]+(?:[${UPPER}]\\.[\\s\\u00A0]?){1,2}$`);
const HAS_CYRILLIC = /[А-Яа-яЁё]/;
const HAS_LATIN = /[A-Za-z]/;
/** Sentence punctuation that no label holds. Periods are checked separately (initials, `Lenta.ru`). */
const SENTENCE_MARKS = /[!?;«»“”„"…–—=+*/\\|<>{}\[\]@#$%^&~`]/;

function isSpace(ch: string): boolean {
  return WS.test(ch);
}

/** Split on any white space, keeping each word's start column. */
function words(text: string, base: number): { word: string; start: number }[] {
  const out: { word: string; start: number }[] = [];
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isSpace(text[i])) i++;
    const start = i;
    while (i < text.length && !isSpace(text[i])) i++;
    if (i > start) out.push({ word: text.slice(start, i), start: base + start });
  }
  return out;
}

/** A capitalised name word. Capitalised function words (`In`, `The`, `Мы`) open prose, not names;
 *  a lone Cyrillic capital is a name word (`Ван И`), never a conjunction, which prose writes lowercase. */
function isCapWord(w: string): boolean {
  if (/^(?:al|el|ad|as|ash|ar|an|at|az)-[A-Z]/.test(w)) return true; // `al-Assad`
  return CAP_WORD.test(w) && (w.length === 1 || !FUNCTION_WORDS.has(w.toLowerCase()));
}

function isNameToken(w: string): boolean {
  return isCapWord(w) || INITIAL.test(w) || NAME_PARTICLES.has(w.toLowerCase());
}

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
function personNameIndex(ws: readonly string[]): number {
  let i = ws.length - 1;
  let cap = 0;
  while (i >= 0) {
    if (isCapWord(ws[i])) cap++;
    if (cap === 2) return i;
    i--;
  }
  return 0;
}

/**
 * Recognise a speaker label at the start of `line`. Returns undefined for prose.
 * `knownKeys` (speakers already seen in the file) lets a weak shape through when the same
 * speaker has spoken before.
 */
export function matchLabel(line: string, knownKeys?: ReadonlySet<string>): LabelMatch | undefined {
  let start = 0;
  if (line.charCodeAt(0) === 0xfeff) start = 1;
  while (start < line.length && isSpace(line[start])) start++;
  if (start > 0 && line.charCodeAt(0) !== 0xfeff) return undefined; // an indented line is not a label
  const first = line[start];
  if (first === undefined) return undefined;
  if (!/[A-ZА-ЯЁ]/.test(first)) return matchLowercaseLabel(line, start, knownKeys);
  const limit = Math.min(line.length, start + MAX_LABEL_LENGTH);
  let colon = -1;
  for (let i = start; i < limit; i++) {
    const ch = line[i];
    if (ch === ':') {
      colon = i;
      break;
    }
  }
  if (colon < 0) return undefined;
  // `http://…`, `12:40`: a colon glued to what follows it with a slash or digit.
  const after = line[colon + 1];
  if (after === '/' || (after !== undefined && /\d/.test(after) && /\d$/.test(line.slice(start, colon)))) return undefined;

  let end = colon;
  while (end > start && isSpace(line[end - 1])) end--;
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
    nameEnd = noteStart;
    while (nameEnd > start && isSpace(line[nameEnd - 1])) nameEnd--;
  }
  const namePart = line.slice(start, nameEnd);
  if (namePart.includes('(') || namePart.includes(')')) {
    // Parentheses inside the role (`… Agency (IRENA) Adnan Z. Amin`) are fine; unbalanced ones are not.
    if ((namePart.match(/\(/g) ?? []).length !== (namePart.match(/\)/g) ?? []).length) return undefined;
  }
  const note = noteStart !== undefined ? line.slice(noteStart, noteEnd) : undefined;
  const translated = note !== undefined && TRANSLATION_NOTE.test(note);

  let colonsEnd = colon + 1;
  while (line[colonsEnd] === ':') colonsEnd++;
  let textStart = colonsEnd;
  while (textStart < line.length && isSpace(line[textStart])) textStart++;
  const text = line.slice(textStart);

  const result = knownKeys ? classifyKnowing(start, namePart, translated, knownKeys) : classifyAlone(start, namePart, translated);
  if (!result) return knownKeys ? matchLowercaseKnownName(line, start, knownKeys) : undefined; // `В.соколов:`
  const { form, strong } = result;
  const { nameStart, nameStop, tooltipStart, tooltipEnd } = result;
  const name = line.slice(nameStart, nameStop);
  const key = speakerKey(name, form);
  if (!strong && !knownKeys?.has(key)) {
    // A weak shape the file has not used yet needs the evidence of a real turn: one colon and a
    // space after it, and no quotation opening the text (an SMS read out: `Lipetsk, Yevgeny Zaitsev: “…”`).
    if (colonsEnd !== colon + 1) return undefined;
    // Glued to its text, it is still a turn when it is a role and a name opening a sentence
    // (`President of Russia Vladimir Putin:Colleagues, …`; `speaker-no-space-after-colon` fixes it).
    if (textStart === colonsEnd && text.length > 0 && !(form === 'role-name' && words(name, 0).length >= 2 && words(line.slice(start, nameStop), 0).length >= 4 && /^[A-ZА-ЯЁ]/.test(text))) return undefined;
    if (/^[“"«„‘']/.test(text)) return undefined;
    // `Ирина Викторовна, фельдшерский пункт сейчас закрыт: …` addresses someone by first name and
    // patronymic, as Russian speech does; a label names a speaker by surname.
    if (form === 'role-name' && FIRST_NAME_PATRONYMIC.test(name)) return undefined;
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
      nameEnd = open;
      while (nameEnd > start && isSpace(line[nameEnd - 1])) nameEnd--;
    }
  }
  const colon = line.indexOf(':', end);
  let colonsEnd = colon + 1;
  while (line[colonsEnd] === ':') colonsEnd++;
  let textStart = colonsEnd;
  while (textStart < line.length && isSpace(line[textStart])) textStart++;
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
    textStart,
    form: 'initials',
    key: speakerKey(name, 'initials'),
    strong: true,
  };
}

interface Classified {
  form: LabelForm;
  strong: boolean;
  nameStart: number;
  nameStop: number;
  tooltipStart?: number;
  tooltipEnd?: number;
}

/** Pure functions of a label's text, memoised: a transcript writes a few thousand labels over tens
 *  of thousands of turns. Keyed by a context (a few values) and the text itself, so no key string is
 *  built; each memo forgets everything when full, so it never grows past `limit` entries. */
function memoise<C, R>(limit: number, compute: (context: C, text: string) => R): (context: C, text: string) => R {
  const memos = new Map<C, Map<string, R>>();
  let size = 0;
  return (context: C, text: string) => {
    let memo = memos.get(context);
    if (!memo) memos.set(context, (memo = new Map()));
    let value = memo.get(text);
    if (value === undefined && !memo.has(text)) {
      if (size >= limit) {
        for (const m of memos.values()) m.clear();
        size = 0;
      }
      value = compute(context, text);
      memo.set(text, value);
      size++;
    }
    return value as R;
  };
}

/** `classify` without known keys depends on its arguments only (`nameEnd` is `start` + the name's
 *  length). Results are shared: read, never changed. */
const classifyMemo = memoise(20_000, (context: number, namePart: string) =>
  classify(context >> 1, (context >> 1) + namePart.length, namePart, (context & 1) === 1, undefined),
);

/** `classify` with known keys, memoised per set of keys while the set does not grow (sets of known
 *  keys only ever grow: a changed size means a changed set). */
const classifyKnowingMemos = new WeakMap<ReadonlySet<string>, { size: number; classify: (context: number, namePart: string) => Classified | undefined }>();

function classifyKnowing(start: number, namePart: string, translated: boolean, knownKeys: ReadonlySet<string>): Readonly<Classified> | undefined {
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

function classifyAlone(start: number, namePart: string, translated: boolean): Readonly<Classified> | undefined {
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

  // Periods other than after an initial or inside a word (`Lenta.ru`) end a sentence.
  for (let i = 0; i < namePart.length; i++) {
    if (namePart[i] !== '.') continue;
    const prev = namePart[i - 1];
    const next = namePart[i + 1];
    const initial = prev !== undefined && /[A-ZА-ЯЁ]/.test(prev) && (i < 2 || !/[\p{L}]/u.test(namePart[i - 2]));
    const inWord = prev !== undefined && next !== undefined && /[\p{L}]/u.test(prev) && /[\p{L}]/u.test(next);
    const abbrev = /(?:^|\s)(?:St|Mr|Ms|Mrs|Dr|Jr|Sr)$/.test(namePart.slice(0, i));
    if (!initial && !inWord && !abbrev) return undefined;
  }

  // `В.Путин`, `Р.Т.Эрдоган`, `А.Кара-Мурза`, `М.Диас-Канель Бермудес`, `A. Repik`.
  const ini = INITIALS_PREFIX.exec(namePart);
  if (ini) {
    const rest = words(namePart.slice(ini[0].length), start + ini[0].length);
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

  // `Sergei Agafonov, Editor in Chief of Ogonyok magazine`, `Alisa Shmelyova, metrology engineer`.
  const comma = namePart.indexOf(',');
  if (comma > 0) {
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
  }

  // A name, possibly after a role: the last words must be a person's name.
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
  const cyr = HAS_CYRILLIC.test(namePart);

  if (i < 0) {
    // The whole label is a name: `Си Цзиньпин`, `Vladimir Putin`, `Мин Аун Хлайн`, `Ван И`.
    if (capCount >= 2 && nameWords.length <= 5) {
      return { form: 'name', strong: translated, nameStart: start, nameStop: nameEnd };
    }
    if (capCount >= 2 && !translated && !HAS_CYRILLIC.test(namePart)) {
      // `Nezavisimaya Gazeta Chief Editor Konstantin Remchukov`: a role of capitalised words.
      return { form: 'role-name', strong: false, nameStart: ws[personNameIndex(ws.map((w) => w.word))].start, nameStop: nameEnd };
    }
    if (translated && capCount >= 2) {
      // A scraped tooltip after a foreign name: `Тамим Бен Хамад Аль Тани Аль Тани Тамим …`. The name ends
      // where a word repeats.
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
    if (capCount === 1 && knownKeys?.has(speakerKey(namePart, 'name'))) {
      return { form: 'name', strong: false, nameStart: start, nameStop: nameEnd };
    }
    return undefined;
  }

  // Role + name, as English transcripts label a first appearance:
  // `President of Russia Vladimir Putin`, `Direct line host Valeriya Korableva`.
  if (cyr) return undefined; // Russian transcripts put the role in the lead, not in the label.
  if (capCount < 2) return undefined;
  if (ws.length > 30) return undefined;
  const nameStart = ws[personNameIndex(ws.map((w) => w.word))].start;
  return { form: 'role-name', strong: translated, nameStart, nameStop: nameEnd };
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
  let textStart = colonsEnd;
  while (textStart < line.length && isSpace(line[textStart])) textStart++;
  return {
    start,
    end,
    nameStart: start,
    nameEnd: end,
    colon,
    colonsEnd,
    textStart,
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
  let end = colon;
  while (end > start && isSpace(line[end - 1])) end--;
  const name = line.slice(start, end);
  if (!/^[\p{L}][\p{L}\s\u00A0.’'-]*$/u.test(name)) return undefined;
  const key = speakerKey(name, 'name');
  if (!knownKeys.has(key)) return undefined;
  let colonsEnd = colon + 1;
  while (line[colonsEnd] === ':') colonsEnd++;
  let textStart = colonsEnd;
  while (textStart < line.length && isSpace(line[textStart])) textStart++;
  return { start, end, nameStart: start, nameEnd: end, colon, colonsEnd, textStart, form: 'name', key, strong: false };
}

/** What each UTF-16 code unit is to the word count: 1 a letter or digit, 2 a joiner inside a word
 *  (`-`, `'`, `’`), 3 `&` (an entity may follow), 0 anything else. A table, so the count reads each
 *  character once with one lookup (it reads the whole text of every transcript). */
const WORD_CLASS = (() => {
  const table = new Uint8Array(0x10000);
  const letters = (from: number, to: number) => table.fill(1, from, to + 1);
  letters(0x30, 0x39);
  letters(0x41, 0x5a);
  letters(0x61, 0x7a);
  letters(0xc0, 0x24f);
  table[0xd7] = 0;
  table[0xf7] = 0;
  letters(0x370, 0x52f);
  letters(0x1e00, 0x1fff);
  letters(0x3040, 0x9fff);
  letters(0xac00, 0xd7af);
  table[0x2d] = 2;
  table[0x27] = 2;
  table[0x2019] = 2;
  table[0x26] = 3;
  return table;
})();

/** Words as the statistics count them: runs of letters and digits, with inner hyphens and apostrophes. */
export function countWords(text: string, from = 0, to = text.length): number {
  let count = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const k = WORD_CLASS[text.charCodeAt(i)];
    if (k === 1) {
      if (!inWord) count++;
      inWord = true;
    } else if (k === 2 && inWord && i + 1 < to) {
      // keep `Кара-Мурза`, `don’t` as one word
    } else if (k === 3 && (text.startsWith('&lt;', i) || text.startsWith('&gt;', i) || text.startsWith('&amp;', i))) {
      // `&lt;…&gt;` is an omission mark, not the words `lt` and `gt`.
      i = text.indexOf(';', i);
      inWord = false;
    } else {
      inWord = false;
    }
  }
  return count;
}

/** Build the register: one entry per key, forms with counts, turn indexes, words. */
export function buildSpeakerRegister(turns: readonly Turn[]): Map<string, Speaker> {
  const register = new Map<string, Speaker>();
  for (const turn of turns) {
    let speaker = register.get(turn.label.key);
    if (!speaker) {
      speaker = {
        key: turn.label.key,
        displayName: turn.label.name,
        forms: [],
        isRole: turn.label.form === 'role',
        turns: [],
        words: 0,
      };
      register.set(turn.label.key, speaker);
    }
    speaker.turns.push(turn.index);
    speaker.words += turn.words;
    // Forms that differ only in the kind of space (`Peter\u00A0Lund`, `Peter Lund`) are one form.
    const label = turn.label.name.replace(/[\s\u00A0]+/g, ' ');
    const form = speaker.forms.find((f) => f.label === label);
    if (form) form.count++;
    else speaker.forms.push({ label, count: 1 });
  }
  // ALL-CAPS labels of a person who also has an ordinary label: `… DMITRY PESKOV` → `dmitry peskov`.
  for (const [key, speaker] of register) {
    const ws = key.split(' ');
    if (ws.length < 3) continue;
    for (let n = 2; n <= Math.min(4, ws.length - 1); n++) {
      const suffix = ws.slice(ws.length - n).join(' ');
      const target = register.get(suffix);
      if (target && target !== speaker) {
        for (const t of speaker.turns) {
          turns[t].label.key = suffix;
        }
        target.turns.push(...speaker.turns);
        target.turns.sort((a, b) => a - b);
        target.words += speaker.words;
        target.forms.push(...speaker.forms);
        register.delete(key);
        break;
      }
    }
  }
  for (const speaker of register.values()) {
    // The form used most often; on a tie the one not in capitals, then the shorter
    // (`Anna Hale` over `Governor … Anna Hale`, `Tomas Wik` over `TOMAS WIK`).
    const caps = (f: { label: string }) => (f.label === f.label.toUpperCase() && f.label !== f.label.toLowerCase() ? 1 : 0);
    let best = speaker.forms[0];
    for (const f of speaker.forms) {
      const better =
        f.count > best.count ||
        (f.count === best.count && (caps(f) < caps(best) || (caps(f) === caps(best) && f.label.length < best.label.length)));
      if (better) best = f;
    }
    speaker.displayName = best.label;
  }
  return register;
}

/** The register as an ordered list, most words first. */
export function speakersByWords(transcript: Transcript): Speaker[] {
  return [...transcript.speakers.values()].sort((a, b) => b.words - a.words || a.turns[0] - b.turns[0]);
}

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

/** True when a label is written in lowercase where a capital belongs (`в.путин`, `В.путин`). */
export function isLowercaseLabel(name: string): boolean {
  return /[a-zа-яё]/.test(name[0] ?? '') || (INITIALS_HEAD.test(name) && /^[a-zа-яё]/.test(name.slice(INITIALS_HEAD.exec(name)![1].length)));
}
