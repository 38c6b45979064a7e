// Court and deposition transcripts: `THE COURT:`, `MR. SMITH:`, `THE WITNESS:`, and in an examination
// `Q.` / `A.` for the examining lawyer and the witness.
import { tradition } from './types';

export const court = tradition({
  id: 'court',
  name: { en: 'Court record', ru: 'Судебный протокол' },
  example: 'Q. Where were you on the night of March 3rd?',
  terminators: [':', '.'],
  roles: ['the court', 'the witness', 'the clerk', 'the bailiff', 'the reporter', 'the interpreter', 'juror', 'the defendant', 'the jury'],
  marks: ['Q', 'A'],
  plainNames: false,
  cues: [
    // `Q. Where were you…`, not the initial of `A. Repik: …`
    /^[QA]\.[ \t]+(?!\p{Lu}[\p{L}'’-]*[ \u00A0]*[:：])\S/u,
    /^THE (?:COURT|WITNESS|CLERK|BAILIFF|DEFENDANT):/,
    /^BY (?:MR|MS|MRS|DR)\.? [A-Z]/,
  ],
});
