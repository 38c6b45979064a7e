// Word lists the traditions share: titles that stand before a name, roles that follow `The`,
// generic speakers of recordings, particles inside names. Lower case, without periods.

/** `Mr.`, `MS.`, `Dr`, `Chairman`, `Attorney General`, `PRIME MINISTER`, `Senator`: each word of a
 *  title (a title is a run of them before the name). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'miss', 'messrs', 'dr', 'prof', 'rev', 'hon', 'sen', 'rep', 'gen', 'adm', 'col', 'lt',
  'capt', 'sgt', 'gov', 'amb', 'fr', 'madam', 'madame', 'sir', 'dame', 'lord', 'lady', 'baroness', 'baron',
  'senator', 'representative', 'congressman', 'congresswoman', 'delegate', 'chairman', 'chairwoman',
  'chairperson', 'chair', 'cochairman', 'co-chair', 'vice', 'ranking', 'member', 'secretary', 'attorney',
  'solicitor', 'general', 'admiral', 'colonel', 'lieutenant', 'major', 'captain', 'commander', 'sergeant',
  'ambassador', 'governor', 'mayor', 'president', 'prime', 'minister', 'deputy', 'director', 'administrator',
  'commissioner', 'judge', 'justice', 'chief', 'professor', 'doctor', 'father', 'sister', 'rabbi', 'imam',
  'sheikh', 'king', 'queen', 'prince', 'princess', 'emir', 'chancellor', 'leader', 'shri', 'smt', 'herr', 'frau',
  'monsieur', 'señor', 'senhor', 'signor', 'councillor', 'councilman', 'councilwoman', 'alderman', 'detective',
  'officer', 'agent', 'inspector', 'superintendent', 'special', 'press', 'spokesman', 'spokesperson',
  'spokeswoman', 'first', 'second', 'gentleman', 'under', 'assistant', 'national', 'security', 'adviser',
  'advisor', 'speaker', 'premier', 'coordinator', 'dean', 'pastor', 'bishop', 'cardinal', 'pope',
  'präsident', 'präsidentin', 'vizepräsident', 'vizepräsidentin', 'bundeskanzler', 'bundeskanzlerin',
  'bundesminister', 'bundesministerin', 'staatssekretär', 'staatssekretärin', 'alterspräsident',
  'président', 'présidente', 'presidente', 'ministre', 'ministro', 'ministra', 'señora', 'signora',
]);

/** What may follow `The` as a person's label: `The President`, `The Witness`, `The Court`. */
export const THE_ROLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'witness', 'court', 'clerk', 'chairman', 'chairwoman', 'chair', 'speaker', 'moderator',
  'interpreter', 'translator', 'defendant', 'plaintiff', 'prosecutor', 'reporter', 'bailiff', 'marshal',
  'secretary', 'officer', 'judge', 'commissioner', 'registrar', 'coroner', 'operator', 'host', 'interviewer',
  'mayor', 'governor', 'minister', 'queen', 'king', 'chancellor', 'presenter', 'narrator', 'announcer',
]);

/** `Speaker 1`, `Speaker A`, `SPEAKER 2`, `Participant 3`, `Спикер 1`. */
export const GENERIC_SPEAKERS = /^(?:Speaker|SPEAKER|Participant|PARTICIPANT|Respondent|RESPONDENT|Interviewer|INTERVIEWER|Interviewee|Person|PERSON|Voice|VOICE|Caller|CALLER|Guest|GUEST|Спикер|Участник|Участница|Голос|Респондент)[ \u00A0](?:\d{1,3}|[A-Z])$/;

/** Particles inside names: `Dmitry de Koshko`, `Mr. VAN CLEVE`, `Bashar al-Assad`. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'de', 'da', 'di', 'du', 'des', 'del', 'della', 'der', 'den', 'van', 'von', 'vom', 'zu', 'la', 'le', 'dos', 'das',
  'do', 'al', 'el', 'bin', 'ibn', 'bint', 'ben', 'y', 'af', 'ter', 'st', 'st.',
]);
