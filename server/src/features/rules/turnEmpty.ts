// `turn-empty`: a label with no text after it, and nothing below it before the next label.
import type { Range } from '../../transcript';
import { point, replace, type TurnCheck } from './rule';

export const turnEmpty: TurnCheck = (turn, { transcript, t }, report) => {
  if (turn.text.text.length > 0 || turn.paragraphs.length > 0) return;
  const line = turn.startLine;
  const lineRange: Range =
    line + 1 < transcript.lines.length
      ? { start: point(line, 0), end: point(line + 1, 0) }
      : { start: point(line, 0), end: point(line, transcript.lines[line].text.length) };
  report(turn.label.range, t('turn-empty', turn.label.name), [{ title: t('fix.remove-line'), edits: [replace(lineRange, '')], safe: false }]);
};
