// `timestamp-beyond-media`: a time past the end of the transcript's recording, once the media panel
// has told the server how long the recording is (`stenogram/mediaDuration`).
import { formatTime, timeStyle, timeText } from '../../transcript';
import type { TurnCheck } from './rule';

export const timestampBeyondMedia: TurnCheck = (turn, { transcript, mediaDuration, t }, report) => {
  const time = turn.label.time;
  if (mediaDuration === undefined || !time || time.invalid || !(time.seconds > mediaDuration)) return;
  const end = formatTime(mediaDuration, { ...timeStyle(transcript), open: '', close: '' });
  report(time.range, t('timestamp-beyond-media', timeText(time), end));
};
