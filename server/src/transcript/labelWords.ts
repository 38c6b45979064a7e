// The letters, spaces and word lists a speaker label is judged by (labels.ts, labelForms.ts,
// speakerKeys.ts). syntaxes/transcript.grammar.ts reads the word lists from this file's source, so
// that the grammar colours the same words: each stays a `const NAME = new Set([...])` or a regex
// literal.

export const UPPER = 'A-ZА-ЯЁ';
export const LOWER = 'a-zа-яё';
/** Space as the format writes it: ordinary space and U+00A0 (and other Unicode spaces). */
const WS = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]/;

export const HAS_CYRILLIC = /[А-Яа-яЁё]/;
export const HAS_LATIN = /[A-Za-z]/;

export const ROLE_LABELS = new Set([
  'вопрос', 'вопросы', 'реплика', 'реплики', 'ответ', 'голос из зала', 'голоса из зала', 'ведущий', 'ведущая',
  'модератор', 'журналист', 'корреспондент', 'участник', 'участница', 'участники', 'слушатель', 'зритель',
  'председательствующий', 'председатель', 'президент', 'переводчик', 'спикер',
  'question', 'questions', 'remark', 'remarks', 'response', 'reply', 'comment', 'answer', 'speaker',
  'moderator', 'host', 'voice', 'voices', 'voice from the audience', 'audience', 'journalist',
  'correspondent', 'participant', 'participants', 'volunteers', 'interpreter', 'call centre operator',
  'call center operator', 'presenter', 'anchor', 'chairman', 'chairwoman', 'chair', 'president',
]);

/** `Question from Izhevsk`, `Вопрос из зала`. */
export const ROLE_FROM = /^(?:question|вопрос|реплика|remark|comment)\s+(?:from|из|с)\s/i;

/** Words that open prose, never a name (`In Russia:`, `The second one:`, `Mr President, …:`). */
export const FUNCTION_WORDS = new Set([
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
export const NON_PERSON_LAST_WORDS = new Set([
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
/** `В.`, `Р.Т.`, `A. ` before a capital: the initials that open `В.Путин`, `A. Repik`. */
export const INITIALS_PREFIX = new RegExp(`^((?:[${UPPER}]\\.[\\s\\u00A0]?){1,3})(?=[${UPPER}])`);
const CAP_WORD = new RegExp(`^[${UPPER}][${UPPER}${LOWER}'’\\-]*$`, 'u');

export function isSpace(ch: string): boolean {
  return WS.test(ch);
}

/** The first column from `from` on that is not a space (`line.length` when none is). */
export function skipSpace(line: string, from: number): number {
  let i = from;
  while (i < line.length && isSpace(line[i])) i++;
  return i;
}

/** `to` moved back over the spaces before it, no further than `from`. */
export function trimSpaceBefore(line: string, from: number, to: number): number {
  let i = to;
  while (i > from && isSpace(line[i - 1])) i--;
  return i;
}

/** Split on any white space, keeping each word's start column. */
export function words(text: string, base: number): { word: string; start: number }[] {
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
export function isCapWord(w: string): boolean {
  if (/^(?:al|el|ad|as|ash|ar|an|at|az)-[A-Z]/.test(w)) return true; // `al-Assad`
  return CAP_WORD.test(w) && (w.length === 1 || !FUNCTION_WORDS.has(w.toLowerCase()));
}

export function isNameToken(w: string): boolean {
  return isCapWord(w) || INITIAL.test(w) || NAME_PARTICLES.has(w.toLowerCase());
}
