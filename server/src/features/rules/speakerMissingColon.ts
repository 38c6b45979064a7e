// `speaker-missing-colon`: a label that starts a turn but lost what ends it (`Е.Воронина Спасибо.`).
import { findMissingColons } from '../../transcript';
import { insert, type TranscriptCheck } from './rule';

export const speakerMissingColon: TranscriptCheck = ({ transcript, context, window, t }, report) => {
  // The label's end as the tradition writes it: `:`, or `.` where the period ends a label (`Председательствующий.`).
  const period = context.tradition.terminator === '.';
  for (const m of findMissingColons(transcript, context.malformed, window)) {
    report(m.range, t(period ? 'speaker-missing-colon.period' : 'speaker-missing-colon', m.name), [
      { title: t(period ? 'fix.insert-period' : 'fix.insert-colon', m.name), edits: [insert(m.range.end, period ? '.' : ':')], safe: m.known },
    ]);
  }
};
