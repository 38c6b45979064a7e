// `speaker-unknown-near-miss`: a speaker of one or two turns whose name is a slip for another's
// (`В.Пути` beside `В.Путин`); every label of theirs is reported.
import { firstFrom } from '../../transcript';
import { inWindow, replace, type TranscriptCheck } from './rule';

export const speakerUnknownNearMiss: TranscriptCheck = (scope, report) => {
  const { transcript, t, window } = scope;
  // The turns whose labels are in the window, by index: a turn outside it is not read (after an
  // added line, reading it would move it: transcript/shiftedList.ts).
  const turns = transcript.turns;
  const startOf = (turn: (typeof turns)[number]) => turn.startLine;
  const lo = window ? firstFrom(turns, window.from, startOf) : 0;
  const hi = window ? firstFrom(turns, window.to, startOf) : turns.length;
  for (const [key, candidates] of scope.context.nearMisses) {
    for (const i of transcript.speakers.get(key)?.turns ?? []) {
      if (i < lo || i >= hi) continue;
      const label = turns[i].label;
      if (!inWindow(scope, label.nameRange.start.line)) continue;
      report(
        label.nameRange,
        t('speaker-unknown-near-miss', label.name, candidates.map((c) => t('quoted', c.displayName)).join(', ')),
        candidates.map((c) => ({ title: t('fix.rewrite-label', c.displayName), edits: [replace(label.nameRange, c.displayName)], safe: false })),
      );
    }
  }
};
