// The transcript model's public face: everything features and the CLI may use.
export * from './model';
export { parseTranscript, parseDateLine, splitLines } from './parse';
export {
  buildSpeakerRegister,
  canonicalLabel,
  capitaliseLabel,
  initialsStyle,
  isLowercaseLabel,
  isTranslationNote,
  withInitialsStyle,
  countWords,
  findLookalikes,
  foldLookalikes,
  matchLabel,
  speakerKey,
  speakersByWords,
  type LabelMatch,
} from './speakers';
export { findEmbeddedLabels, findMissingColons, type EmbeddedLabel, type MissingColon } from './malformed';
export { findLeadMentions, type LeadMention } from './lead';
export { contains, findSectionAt, findTurnAt, findTurnBefore, speakerAt, type SpeakerAt } from './queries';
export { findRole, nominativePersonName, nominativeRole } from './names';
export { comparableForm, dominantForms, isRolePrefixed, type DominantForm } from './forms';
