// Speech-to-text exports: Rev (`Speaker 1 (00:01:23):`), bracketed times (`[00:01:23] Name:`), Otter
// (`Name  0:01` alone on its line, the text on the next). The recogniser splits one speaker's speech
// into several turns, so a speaker following themselves is the norm here.
import { tradition } from './types';

export const speechToText = tradition({
  id: 'speech-to-text',
  name: { en: 'Speech-to-text export', ru: 'Распознавание речи' },
  example: 'Speaker 1 (00:01:23): Thanks for having me.',
  terminators: [':', ''],
  roles: ['unknown speaker', 'unidentified speaker'],
  aloneOnLine: true,
  cues: [
    // `Anna Lee  0:01` alone (Otter); a name, so not a date line `2022-10-06 14:00:00`.
    /^\p{L}[^:[(]{0,60}[ \t]\(?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\)?\s*:?\s*$/u,
    /^[[(]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])] \S/,
    /^[^\s:[(][^:[(]{0,60} [[(]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]:/,
    /^\d{1,2}:\d{2}:\d{2}(?:[.,]\d+)? [A-ZА-ЯЁ][^:]{0,60}:/,
    // `Chris Wallace: (01:20) Good evening…` (Rev).
    /^[^\s:[(][^:[(]{0,60}: [[(]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])] \S/,
  ],
  quiet: ['turn-repeated-speaker'],
});
