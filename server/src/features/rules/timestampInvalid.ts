// `timestamp-invalid`: a time in a label whose minutes or seconds are 60 or more (`Speaker 2 (00:02:75):`).
import { timeText } from '../../transcript';
import type { TurnCheck } from './rule';

export const timestampInvalid: TurnCheck = (turn, { t }, report) => {
  const time = turn.label.time;
  if (time?.invalid) report(time.range, t(`timestamp-invalid.${time.invalid.field}`, timeText(time), time.invalid.value));
};
