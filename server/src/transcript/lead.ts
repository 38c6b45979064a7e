// Where the lead names a speaker: `Состоялась встреча Владимира Путина с Президентом Казахстана
// Нурсултаном Назарбаевым` names `В.Путин` and `Н.Назарбаев` despite the case endings. Russian
// surnames are matched by stem (the surname less its final vowel or soft sign, then at most three
// letters of ending), the first name and patronymic by their initials; English names exactly.

import type { Range, Speaker, Transcript } from './model';
import { rangeOf } from './model';

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
  const s = surname.replace(/[аяоеёиыйьуюэ]$/i, '');
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
  // Index lead words by their first three letters, lowercased, so each speaker is looked up once.
  const byPrefix = new Map<string, number[]>();
  words.forEach((w, i) => {
    const k = w.text.slice(0, 3).toLowerCase();
    const list = byPrefix.get(k) ?? [];
    list.push(i);
    byPrefix.set(k, list);
  });
  const out: LeadMention[] = [];
  for (const speaker of transcript.speakers.values()) {
    if (speaker.isRole) continue;
    const parts = nameParts(speaker);
    if (!parts) continue;
    const last = parts.words[parts.words.length - 1];
    const lastStem = stem(last).toLowerCase();
    for (const i of byPrefix.get(last.slice(0, 3).toLowerCase()) ?? []) {
      const w = words[i];
      const lower = w.text.toLowerCase();
      if (!lower.startsWith(lastStem) || !ENDING.test(lower.slice(lastStem.length))) continue;
      // Earlier name words must stand right before it, by stem too (`Мин Аун Хлайн`, `Си Цзиньпином`).
      let first = i;
      let ok = true;
      for (let k = parts.words.length - 2; k >= 0; k--) {
        const prev = words[first - 1];
        const want = stem(parts.words[k]).toLowerCase();
        if (!prev || prev.line !== w.line || !prev.text.toLowerCase().startsWith(want)) {
          ok = false;
          break;
        }
        first--;
      }
      if (!ok) continue;
      // Initials name the words before the surname: `Владимира [Владимировича] Путина`.
      let nameStart = first;
      const initials = parts.initials;
      if (initials.length > 0) {
        const candidates: number[] = [];
        for (let k = 1; k <= initials.length; k++) {
          const prev = words[first - k];
          if (!prev || prev.line !== w.line || !/^[A-ZА-ЯЁ]/.test(prev.text)) break;
          candidates.unshift(first - k);
        }
        // The first name starts with the first initial; a patronymic may follow it.
        const firstName = candidates.find((c) => words[c].text[0] === initials[0]);
        if (firstName === undefined) continue;
        nameStart = firstName;
      }
      const from = words[nameStart];
      const text = transcript.lines[w.line].text;
      const before = words
        .slice(Math.max(0, nameStart - 4), nameStart)
        .filter((b) => b.line === w.line)
        .map((b) => b.text)
        .join(' ');
      out.push({ key: speaker.key, text: text.slice(from.start, w.end), range: rangeOf(w.line, from.start, w.end), before });
    }
  }
  out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return out;
}
