// `timestamp-order`: a turn's time earlier than the time of the turn before it that has one
// (`[00:01:30] …` then `[00:01:10] …`): a slip in typing it, or turns out of order.
import { firstFrom, timeText } from '../../transcript';
import type { TranscriptCheck } from './rule';

export const timestampOrder: TranscriptCheck = ({ transcript, context, window, t }, report) => {
  const { timed } = context;
  const turns = transcript.turns;
  const lineOf = (i: number) => turns[i].startLine;
  for (let k = Math.max(1, window ? firstFrom(timed, window.from, lineOf) : 1); k < timed.length; k++) {
    const turn = turns[timed[k]];
    if (window && turn.startLine >= window.to) break;
    const before = turns[timed[k - 1]];
    const time = turn.label.time!;
    const previous = before.label.time!;
    // The message names the earlier time, not its line: a finding kept through an edit above keeps its text.
    if (time.seconds < previous.seconds) report(time.range, t('timestamp-order', timeText(time), timeText(previous)));
  }
};
