// The role phrase before a name in the lead (`с Президентом Республики Казахстан`), and that phrase
// with its title in the nominative (`Президент Республики Казахстан`): hover names a speaker by it.

import { FIRST_NAMES } from './russianFirstNames';
import { CYRILLIC, LATIN, fold, inCaseOf, isAllCaps, isCapitalised, reEnd, type Case } from './russianInflection';
import {
  EN_FUNCTION,
  EN_HEADS,
  EN_LOWERCASE_HEADS,
  EN_TITLE_MODIFIERS,
  OY_STEMS,
  RU_HEAD_FORMS,
  RU_INSTRUMENTAL_GOVERNORS,
  RU_PHRASE_ENDINGS,
  RU_PRONOUNS,
  RU_STOP,
  RU_TITLE_PREPOSITIONS,
  RU_ZERO_GENITIVE,
  type Head,
} from './roleTitles';

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
