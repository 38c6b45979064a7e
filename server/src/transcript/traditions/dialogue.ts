// Debates, interviews, podcasts and court records: `Full Name:`, a surname in capitals
// (`TRUMP:`, `WALLACE:`), `INTERVIEWER:`, `Q:` / `A:`, `THE WITNESS:`, `Speaker 1:`.
import { tradition } from './types';

export const dialogue = tradition({
  id: 'dialogue',
  name: { en: 'Debate / interview', ru: 'Дебаты / интервью' },
  example: 'WALLACE: Good evening from the Health Education Campus.',
  roles: ['interviewer', 'interviewee', 'host', 'co-host', 'guest', 'caller', 'moderator', 'announcer', 'narrator', 'audience', 'audience member', 'crowd', 'respondent', 'unidentified male', 'unidentified female', 'unknown'],
  marks: ['Q', 'A'],
  cues: [
    /^[A-Z][A-Z'’-]{2,}:\s/,
    /^(?:Q|A):\s/,
    /^(?:INTERVIEWER|INTERVIEWEE|HOST|GUEST|Interviewer|Interviewee|Host|Guest|THE WITNESS|THE COURT|The Witness|The Court):/,
    /^(?:Speaker|SPEAKER) \d{1,3}:/,
  ],
});
