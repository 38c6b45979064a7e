// US press briefings, gaggles and press calls (whitehouse.gov): speakers in capitals with a title
// (`MS. JEAN-PIERRE:`, `THE PRESIDENT:`, `SENIOR ADMINISTRATION OFFICIAL:`), the reporter mark `Q`
// followed by spaces and no colon, two spaces after a colon.
import { tradition } from './types';

export const usPress = tradition({
  id: 'us-press',
  name: { en: 'US press briefing', ru: 'Брифинг (США)' },
  example: 'MS. JEAN-PIERRE:  Good afternoon, everybody.',
  roles: ['moderator', 'operator', 'aide', 'staff', 'participant', 'audience member', 'interpreter', 'reporter'],
  marks: ['Q'],
  markSingleSpace: true,
  plainNames: false,
  spacing: 'keep',
  cues: [
    /^Q(?:\t| {2,}\S| [A-Z“"(—–])/,
    // `MS. PSAKI:`, `DIRECTOR YOUNG:`, `SENIOR ADMINISTRATION OFFICIAL:`: two or three words in capitals.
    /^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){1,2}:/,
    /^THE (?:VICE )?PRESIDENT:/,
    /^(?:SENIOR )?ADMINISTRATION OFFICIAL:/,
  ],
});
