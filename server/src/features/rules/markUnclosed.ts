// `mark-unclosed`: a bracket of a mark — `(`, `[`, `&lt;` — opened and not closed on its line.
import { firstFrom } from '../../transcript';
import type { TranscriptCheck } from './rule';

export const markUnclosed: TranscriptCheck = ({ transcript, window, t }, report) => {
  const marks = transcript.unclosedMarks;
  // One finding per line and kind of bracket: the first one left open. More of the same kind on the
  // line are usually the same slip, and a line of 10 MB of `(` must not become ten million diagnostics.
  let lastLine = -1;
  const reported = new Set<string>();
  for (let mi = window ? firstFrom(marks, window.from, (m) => m.range.start.line) : 0; mi < marks.length; mi++) {
    const mark = marks[mi];
    if (window && mark.range.start.line >= window.to) break;
    if (mark.range.start.line !== lastLine) {
      lastLine = mark.range.start.line;
      reported.clear();
    }
    if (reported.has(mark.opener)) continue;
    reported.add(mark.opener);
    report(mark.range, t('mark-unclosed', mark.opener));
  }
};
