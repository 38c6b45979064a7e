// Where the lead names a speaker: `Состоялась встреча Владимира Путина с Президентом Казахстана
// Нурсултаном Назарбаевым` names `В.Путин` and `Н.Назарбаев` despite the case endings. Russian
// surnames are matched by stem (the surname less its final vowel or soft sign, then at most three
// letters of ending), the first name and patronymic by their initials; English names exactly.

import type { Range, Speaker, Transcript } from './model';
import { rangeOf } from './model';
import { nominativePersonName } from './russianNames';

export interface LeadMention {
  key: string;
  /** The name as the lead writes it: `Владимира Путина`, `Нурсултаном Назарбаевым`. */
  text: string;
  range: Range;
  /** Up to four words before the name, as the lead gives a role: `Президентом Казахстана`. */
  before: string;
}

interface Word {
  text: string;
  line: number;
  start: number;
  end: number;
}

const WORD = /[\p{L}][\p{L}’'-]*/gu;
const ENDING = /^[\p{Ll}]{0,3}$/u;

function leadWords(transcript: Transcript): Word[] {
  const out: Word[] = [];
  for (const p of transcript.lead) {
    const line = p.range.start.line;
    const text = transcript.lines[line].text;
    WORD.lastIndex = p.range.start.character;
    for (let m = WORD.exec(text); m && m.index < p.range.end.character; m = WORD.exec(text)) {
      out.push({ text: m[0], line, start: m.index, end: m.index + m[0].length });
    }
  }
  return out;
}

/** `Путин` → `Путин`, `Лебедева` → `Лебедев`, `Кара-Мурза` → `Кара-Мурз`, `Мутко` → `Мутк`. */
function stem(surname: string): string {
  // Adjectival surnames lose two letters: `Береговой` → `Берегов` (`Береговым`), `Толстая` → `Толст`.
  const adjectival = /(?:ой|ий|ый|ая|яя)$/i.test(surname) && surname.length > 5;
  const s = adjectival ? surname.slice(0, -2) : surname.replace(/[аяоеёиыйьуюэ]$/i, '');
  return s.length >= 3 ? s : surname;
}

/** The parts of a label a lead can name: initials and name words. */
function nameParts(speaker: Speaker): { initials: string[]; words: string[] } | undefined {
  const form = speaker.forms.find((f) => !/^[a-zа-яё]/.test(f.label))?.label ?? speaker.displayName;
  const m = /^((?:[A-ZА-ЯЁ]\.\s?)+)(.+)$/.exec(form);
  if (m) return { initials: m[1].replace(/[\s.]+/g, '').split(''), words: m[2].trim().split(/[\s\u00A0]+/) };
  const surnameFirst = /^(\S+)\s+((?:[A-ZА-ЯЁ]\.\s?)+)$/.exec(form);
  if (surnameFirst) return { initials: surnameFirst[2].replace(/[\s.]+/g, '').split(''), words: [surnameFirst[1]] };
  const words = form.split(/[\s\u00A0]+/);
  return words.length > 0 ? { initials: [], words } : undefined;
}

/** Mentions are asked for on every highlight and hover: found once per parsed transcript. */
const memo = new WeakMap<Transcript, LeadMention[]>();

export function findLeadMentions(transcript: Transcript): LeadMention[] {
  let found = memo.get(transcript);
  if (!found) {
    found = computeLeadMentions(transcript);
    memo.set(transcript, found);
  }
  return found;
}

function computeLeadMentions(transcript: Transcript): LeadMention[] {
  const words = leadWords(transcript);
  if (words.length === 0) return [];
  const byPrefix = wordsByPrefix(words);
  const out: LeadMention[] = [];
  for (const speaker of transcript.speakers.values()) {
    if (speaker.isRole) continue;
    const parts = nameParts(speaker);
    if (!parts) continue;
    const label = speaker.forms.find((f) => !/^[a-zа-яё]/.test(f.label))?.label ?? speaker.displayName;
    const last = parts.words[parts.words.length - 1];
    const cyrillic = /[А-Яа-яЁё]/.test(last);
    // Russian surnames decline (`Путина`, `Назарбаевым`); English ones only take a possessive.
    const lastStem = (cyrillic ? stem(last) : last).toLowerCase();
    for (const i of byPrefix.get(last.slice(0, 3).toLowerCase()) ?? []) {
      const w = words[i];
      const lower = w.text.toLowerCase().replace(/[’']s$/, '');
      if (!lower.startsWith(lastStem) || !(cyrillic ? ENDING.test(lower.slice(lastStem.length)) : lower === lastStem)) continue;
      const first = nameWordsBefore(words, i, parts.words, cyrillic);
      if (first < 0) continue;
      const text = transcript.lines[w.line].text;
      const mention = mentionEndingAt(words, first, w, text, parts.initials, cyrillic, label);
      if (!mention) continue;
      out.push({ key: speaker.key, text: mention.text, range: rangeOf(w.line, mention.start, mention.start + mention.text.length), before: textBefore(text, mention.start) });
    }
  }
  out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return out;
}

/** Lead words indexed by their first three letters, lowercased, so each speaker is looked up once. */
function wordsByPrefix(words: readonly Word[]): Map<string, number[]> {
  const byPrefix = new Map<string, number[]>();
  words.forEach((w, i) => {
    const k = w.text.slice(0, 3).toLowerCase();
    const list = byPrefix.get(k) ?? [];
    list.push(i);
    byPrefix.set(k, list);
  });
  return byPrefix;
}

/** Earlier name words must stand right before the surname `words[i]` (`Мин Аун Хлайн`, `Си
 *  Цзиньпином`): the index of the first of them, -1 when they do not. */
function nameWordsBefore(words: readonly Word[], i: number, nameWords: readonly string[], cyrillic: boolean): number {
  let first = i;
  for (let k = nameWords.length - 2; k >= 0; k--) {
    const prev = words[first - 1];
    const want = (cyrillic ? stem(nameWords[k]) : nameWords[k]).toLowerCase();
    if (!prev || prev.line !== words[i].line || !prev.text.toLowerCase().startsWith(want)) return -1;
    first--;
  }
  return first;
}

/** The mention whose name words start at `words[first]` and end with `surname`, with its first name
 *  and patronymic, as `text` (the surname's line) writes it; undefined when it is not this label's.
 *  Initials stand for the first name and patronymic before the surname (`Владимира
 *  [Владимировича] Путина`): the name starts at the earliest of the two words before it that
 *  carries the first initial, all of them capitalised. */
function mentionEndingAt(
  words: readonly Word[],
  first: number,
  surname: Word,
  text: string,
  initials: readonly string[],
  cyrillic: boolean,
  label: string,
): { start: number; text: string } | undefined {
  // Candidates, earliest first; the first that reads as this person's name is taken, so a
  // capitalised word before the name (`Выступление Валентины Путиной`) never joins it.
  const starts: number[] = [];
  if (initials.length > 0) {
    for (let k = cyrillic ? 2 : 1; k >= 1; k--) {
      const prev = words[first - k];
      if (!prev || prev.line !== surname.line) continue;
      const between = words.slice(first - k, first);
      // Two words before the surname are a first name and a patronymic (`Владимира Владимировича`).
      const patronymic = k === 1 || /^[А-ЯЁ][а-яё]+(?:ович|евич|ич|овн|евн|ичн)/.test(words[first - 1].text);
      if (patronymic && between.every((b) => /^[A-ZА-ЯЁ]/.test(b.text)) && prev.text[0] === initials[0]) starts.push(first - k);
    }
  } else starts.push(first);
  for (const start of starts) {
    const candidate = text.slice(words[start].start, surname.end).replace(/[’']s$/, '');
    // The declined forms must be forms of this label (`Путиной` is not В.Путин, `Путинцев` not Путин).
    if (cyrillic && nominativePersonName(candidate.replace(/^([A-ZА-ЯЁ]\.)(?=[^\s\u00A0])/, '$1 '), label) === undefined) continue;
    return { start: words[start].start, text: candidate };
  }
  return undefined;
}

/** The sentence before a name, at most eight words, punctuation kept (titles end at a comma). */
function textBefore(text: string, end: number): string {
  let start = end;
  let count = 0;
  while (start > 0 && count < 8) {
    let k = start;
    while (k > 0 && /[\s\u00A0]/.test(text[k - 1])) k--;
    if (k > 0 && /[.!?]/.test(text[k - 1]) && !/(?:^|[\s\u00A0])[A-ZА-ЯЁ]\.$/.test(text.slice(Math.max(0, k - 3), k))) break;
    while (k > 0 && !/[\s\u00A0]/.test(text[k - 1])) k--;
    start = k;
    count++;
  }
  return text.slice(start, end).trim();
}
