// What the media panel asks of a transcript (protocol/media.ts): its turns' times, and a time written
// in the file's own form.
import type { TurnTime } from '../../../protocol';
import { formatTime, timedTurns, timeStyle, type Transcript } from '../transcript';

export function turnTimes(transcript: Transcript): TurnTime[] {
  return timedTurns(transcript).map((t) => ({ seconds: t.label.time!.seconds, line: t.startLine, endLine: t.endLine, label: t.label.text }));
}

/** `83.9` → `[00:01:23]` in a file of `[00:00:05] Anna Lee: …`. */
export function timestampText(transcript: Transcript, seconds: number): string {
  return formatTime(seconds, timeStyle(transcript));
}
