// The transcript model's public face: everything features and the CLI may use.
export * from './model';
export { parseTranscript, parseDateLine, splitLines } from './parse';
export {
  buildSpeakerRegister,
  countWords,
  findLookalikes,
  matchLabel,
  speakerKey,
  speakersByWords,
  type LabelMatch,
} from './speakers';
