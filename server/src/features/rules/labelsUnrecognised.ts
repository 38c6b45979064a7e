// `labels-unrecognised`: lines that open like labels no tradition reads, reported once, at the first.
import { inWindow, type TranscriptCheck } from './rule';

export const labelsUnrecognised: TranscriptCheck = (scope, report) => {
  const unrecognised = scope.context.unrecognised;
  if (!unrecognised || !inWindow(scope, unrecognised.range.start.line)) return;
  const { t } = scope;
  const shapes = unrecognised.shapes.map((s) => t('labels-unrecognised.shape', s.text, s.count)).join(', ');
  report(unrecognised.range, t('labels-unrecognised', unrecognised.lines, shapes, scope.transcript.turns.length));
};
