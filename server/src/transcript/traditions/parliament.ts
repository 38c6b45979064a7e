// Parliaments whose labels end with a period: the State Duma (`Председательствующий. Добрый день…`,
// `Жириновский В. В. Уважаемые коллеги…`, a speaker alone on a line: `Смолин О. Н., фракция КПРФ.`),
// the Verkhovna Rada (`ГОЛОВУЮЧИЙ. Шановні колеги!`, `ПАРУБІЙ А.В. Шановні…`), the European
// Parliament (`President. – The next item…`); colons too (`Mr Speaker: Order.`).
import type { Tradition } from './types';

export const parliament: Tradition = {
  id: 'parliament',
  name: { en: 'Parliament', ru: 'Парламент' },
  example: 'Председательствующий. Добрый день, уважаемые коллеги!',
  shapes: ['title-name', 'the-role', 'caps-name', 'name-affiliation', 'generic-speaker', 'surname-initials', 'dash-after-period', 'timestamp'],
  terminators: [':', '.', ''],
  terminator: '.',
  roles: [
    'председательствующий', 'председатель', 'голос из зала', 'голоса из зала', 'из зала', 'с места', 'шум в зале',
    'головуючий', 'голова', 'голос із залу', 'голоси із залу', 'із залу',
    'старшыня',
    'president', 'the president', 'chair', 'the chair', 'chairman', 'the chairman', 'mr speaker', 'madam speaker',
    'the speaker', 'mr deputy speaker', 'madam deputy speaker', 'the deputy speaker', 'hon. members', 'hon members',
    'presidente', 'präsident', 'präsidentin', 'vizepräsident', 'vizepräsidentin',
  ],
  marks: [],
  markSingleSpace: false,
  aloneOnLine: true,
  plainNames: true,
  spacing: 'single',
  cues: [
    /^(?:Председательствующий|ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ|Председатель|ГОЛОВУЮЧИЙ|Головуючий)[.:]/,
    /^[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+ [А-ЯЁІЇЄҐ]\. ?[А-ЯЁІЇЄҐ]\.(?:,| [А-ЯЁІЇЄҐ«"—–]|\s*$)/,
    /^[А-ЯЁІЇЄҐ]{2,}[А-ЯЁІЇЄҐ'’-]* [А-ЯЁІЇЄҐ]\. ?[А-ЯЁІЇЄҐ]\.(?:,| |\s*$)/,
    /^[A-ZÀ-Ý][^.:]{1,80}\. [–-] [A-ZÀ-Ý]/,
    /^(?:Mr|Madam) (?:Deputy )?Speaker:/,
  ],
  quiet: [],
};
