// `turn-embedded-label`: a label glued inside the previous turn's text (`…спасибо.Т.Гараев: Да.`);
// the fix splits the turn with the file's own line ending.
import { findEmbeddedLabels } from '../../transcript';
import { replace, type TranscriptCheck } from './rule';

export const turnEmbeddedLabel: TranscriptCheck = ({ transcript, context, window, t }, report) => {
  for (const e of findEmbeddedLabels(transcript, context.malformed, window)) {
    report(e.range, t('turn-embedded-label', e.name), [{ title: t('fix.split-turn', e.name), edits: [replace(e.gap, transcript.eol)], safe: e.known }]);
  }
};
