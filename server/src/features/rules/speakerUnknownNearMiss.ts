// `speaker-unknown-near-miss`: a speaker of one or two turns whose name is a slip for another's
// (`В.Пути` beside `В.Путин`); every label of theirs is reported.
import { inWindow, replace, type TranscriptCheck } from './rule';

export const speakerUnknownNearMiss: TranscriptCheck = (scope, report) => {
  const { transcript, t } = scope;
  for (const [key, candidates] of scope.context.nearMisses) {
    for (const i of transcript.speakers.get(key)?.turns ?? []) {
      const label = transcript.turns[i].label;
      if (!inWindow(scope, label.nameRange.start.line)) continue;
      report(
        label.nameRange,
        t('speaker-unknown-near-miss', label.name, candidates.map((c) => t('quoted', c.displayName)).join(', ')),
        candidates.map((c) => ({ title: t('fix.rewrite-label', c.displayName), edits: [replace(label.nameRange, c.displayName)], safe: false })),
      );
    }
  }
};
