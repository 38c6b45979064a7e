// Parliaments whose labels end with a period: the State Duma (`Председательствующий. Добрый день…`,
// `Жириновский В. В. Уважаемые коллеги…`, a speaker alone on a line: `Смолин О. Н., фракция КПРФ.`),
// the Verkhovna Rada (`ГОЛОВУЮЧИЙ. Шановні колеги!`, `ПАРУБІЙ А.В. Шановні…`), the European
// Parliament (`President. – The next item…`); colons too (`Mr Speaker: Order.`).
import { COMMON_SHAPES, tradition } from './types';

export const parliament = tradition({
  id: 'parliament',
  name: { en: 'Parliament', ru: 'Парламент' },
  example: 'Председательствующий. Добрый день, уважаемые коллеги!',
  shapes: [...COMMON_SHAPES, 'surname-initials', 'dash-after-period'],
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
  aloneOnLine: true,
  cues: [
    /^(?:Председательствующий|ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ|Председатель|ГОЛОВУЮЧИЙ|Головуючий)[.:]/,
    /^[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+ [А-ЯЁІЇЄҐ]\. ?[А-ЯЁІЇЄҐ]\.(?:,| [А-ЯЁІЇЄҐ«"—–]|\s*$)/,
    /^[А-ЯЁІЇЄҐ]{2,}[А-ЯЁІЇЄҐ'’-]* [А-ЯЁІЇЄҐ]\. ?[А-ЯЁІЇЄҐ]\.(?:,| |\s*$)/,
    /^[A-ZÀ-Ý][^.:]{1,80}\. [–-] [A-ZÀ-Ý]/,
    /^(?:Mr|Madam) (?:Deputy )?Speaker:/,
  ],
});
