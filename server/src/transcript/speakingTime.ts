// How long each turn is spoken, from the recording's timestamps where the file has them, else from
// its words at a measured pace of public speech:
//
//   [00:01:00] Anna Lee: Welcome.            Anna Lee from 1:00 to 1:40: 40 s (a timed run, measured)
//   Tom Hart: Thank you.                     Tom Hart inside that run: the run's 40 s shared by words
//   [00:01:40] Anna Lee: Let us begin …      the last timed turn: no end in the file, so its words
//
// A timed turn starts a run that lasts until the next timed turn starts; the run's seconds are shared
// among its turns by their words (each turn at least a share of one word, so an empty turn is not
// zero). A run with no later timestamp (the last one), a run whose next timestamp is not later, and
// the turns before the first timestamp are estimated from words. A time that is no real one
// (`00:02:75`, timestamps.ts) times nothing.
import type { Transcript, Turn } from './model';

/** Words a minute when the time is estimated from words. */
export const WORDS_PER_MINUTE = 120;

export interface SpeakingTime {
  /** Seconds per turn, indexed as `transcript.turns`. */
  turns: number[];
  /** Seconds in all. */
  seconds: number;
  /** Turns whose time the timestamps measured; the other turns' time is estimated from words. */
  timedTurns: number;
}

/** Seconds for `words` at WORDS_PER_MINUTE. */
export function estimatedSeconds(words: number): number {
  return (words * 60) / WORDS_PER_MINUTE;
}

export function speakingTime(transcript: Pick<Transcript, 'turns'>): SpeakingTime {
  const { turns } = transcript;
  const seconds = turns.map((t) => estimatedSeconds(t.words));
  let timedTurns = 0;
  let start = turns.findIndex((t) => timeOf(t) !== undefined);
  while (start >= 0) {
    let next = start + 1;
    while (next < turns.length && timeOf(turns[next]) === undefined) next++;
    if (next >= turns.length) break;
    const span = timeOf(turns[next])! - timeOf(turns[start])!;
    if (span > 0) {
      let weight = 0;
      for (let i = start; i < next; i++) weight += Math.max(1, turns[i].words);
      for (let i = start; i < next; i++) seconds[i] = (span * Math.max(1, turns[i].words)) / weight;
      timedTurns += next - start;
    }
    start = next;
  }
  return { turns: seconds, seconds: seconds.reduce((a, b) => a + b, 0), timedTurns };
}

/** The turn's time in the recording, in seconds, when its label holds a real one. */
function timeOf(turn: Turn): number | undefined {
  const time = turn.label.time;
  return time && !time.invalid ? time.seconds : undefined;
}
