// US congressional hearings (the Congressional Record, committee prints): a title in ordinary case
// and the surname in capitals (`Mr. LIMAN:`, `Chairman INOUYE:`, `Attorney General MEESE:`), the
// label ended by a colon, a period (`Mr. NIELDS. What…`) or nothing (`Mr. COHEN Can I…`); in
// examinations `Q.` and `A.`.
import type { Tradition } from './types';

export const usHearing: Tradition = {
  id: 'us-hearing',
  name: { en: 'US hearing', ru: 'Слушания (США)' },
  example: 'Mr. NIELDS. What was the nature of the relationship?',
  shapes: ['title-name', 'the-role', 'caps-name', 'name-affiliation', 'generic-speaker', 'timestamp'],
  terminators: [':', '.', ''],
  terminator: ':',
  roles: ['the chairman', 'the chair', 'the witness', 'the clerk', 'the court', 'voice', 'voices'],
  marks: ['Q', 'A'],
  markSingleSpace: false,
  aloneOnLine: false,
  plainNames: false,
  spacing: 'single',
  cues: [
    /^(?:Mr|Mrs|Ms|Dr|Chairman|Chairwoman|Senator|Representative|Secretary|General|Admiral|Colonel|Judge)\.? (?:Mc|Mac|Van |De |O')?[A-Z]{2,}[A-Z'’-]*(?:[:.]| [A-Z])/,
    /^(?:Attorney General|Vice Chairman|Lieutenant Colonel) [A-Z]{2,}[A-Z'’-]*[:. ]/,
    /^The (?:CHAIRMAN|CHAIR|WITNESS|CLERK)[:.]/,
  ],
  quiet: [],
};
