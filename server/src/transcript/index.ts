// The transcript model's public face: everything features and the CLI may use.
export * from './model';
export { parseTranscript, parseWithState, parseLines, parseDateLine, splitLines, type Parsed, type ParseState, type ParseOptions } from './parse';
export { labelMatcher, matchTraditionLabel, timestampSeconds } from './traditionLabels';
export { TRADITIONS, TRADITION_IDS, detectTradition, traditionById, traditionOf, type Tradition, type TraditionId, type TraditionSetting, type Detection } from './traditions';
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
export { findEmbeddedLabels, findMissingColons, malformedContext, type EmbeddedLabel, type MalformedContext, type MissingColon } from './malformed';
export { composeSplices, mapLine, reparse, type LineEdit, type Reparsed, type Splice } from './incremental';
export { findLeadMentions, type LeadMention } from './lead';
export { contains, findSectionAt, findTurnAt, findTurnBefore, speakerAt, type SpeakerAt } from './queries';
export { findRole, nominativePersonName, nominativeRole } from './names';
export { comparableForm, departedForm, dominantForms, isRolePrefixed, type DominantForm } from './forms';
export { findUnrecognisedLabels, type UnrecognisedLabels } from './unrecognised';
export { editDistance, nearMisses, type NearMiss } from './nearMisses';
