// US congressional hearings (the Congressional Record, committee prints): a title in ordinary case
// and the surname in capitals (`Mr. LIMAN:`, `Chairman INOUYE:`, `Attorney General MEESE:`), the
// label ended by a colon, a period (`Mr. NIELDS. What…`) or nothing (`Mr. COHEN Can I…`); in
// examinations `Q.` and `A.`.
import { tradition } from './types';

export const usHearing = tradition({
  id: 'us-hearing',
  name: { en: 'US hearing', ru: 'Слушания (США)' },
  example: 'Mr. NIELDS. What was the nature of the relationship?',
  terminators: [':', '.', ''],
  roles: ['the chairman', 'the chair', 'the witness', 'the clerk', 'the court', 'voice', 'voices'],
  marks: ['Q', 'A'],
  plainNames: false,
  cues: [
    /^(?:Mr|Mrs|Ms|Dr|Chairman|Chairwoman|Senator|Representative|Secretary|General|Admiral|Colonel|Judge)\.? (?:Mc|Mac|Van |De |O')?[A-Z]{2,}[A-Z'’-]*(?:[:.]| [A-Z])/,
    /^(?:Attorney General|Vice Chairman|Lieutenant Colonel) [A-Z]{2,}[A-Z'’-]*[:. ]/,
    /^The (?:CHAIRMAN|CHAIR|WITNESS|CLERK)[:.]/,
  ],
});
