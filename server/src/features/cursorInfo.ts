// Where the cursor is among the turns, for the status bar: "turn 12/40 · В.Путин", and the
// transcript's speaking time and the tradition it is read by.
import type { Locale } from '../l10n';
import { findTurnBefore, type Position, type Transcript } from '../transcript';
import { WORDS_PER_MINUTE } from './hover';
import { traditionInfo, type TraditionInfo } from './statistics';

export interface CursorInfoParams {
  uri: string;
  position: Position;
}

export interface CursorInfo {
  /** 1-based number of the turn the cursor is in, or has just left (a stage line after it);
   *  null before the first turn. */
  turn: number | null;
  turns: number;
  /** That turn's speaker as the file most often writes them (`В.Путин`, not a stray `Путин В.В.`). */
  speaker: string | null;
  /** Words in all turns. */
  words: number;
  /** `words` read at `wordsPerMinute`, in whole minutes (as the title's hover rounds them). */
  speakingMinutes: number;
  wordsPerMinute: number;
  /** The tradition the file is read by, named in the server's language. */
  tradition: TraditionInfo;
}

export function cursorInfo(transcript: Transcript, position: Position, locale: Locale = 'en'): CursorInfo {
  const turn = findTurnBefore(transcript, position.line);
  return {
    turn: turn ? turn.index + 1 : null,
    turns: transcript.turns.length,
    speaker: turn ? (transcript.speakers.get(turn.label.key)?.displayName ?? turn.label.name) : null,
    words: transcript.words,
    speakingMinutes: Math.round(transcript.words / WORDS_PER_MINUTE),
    wordsPerMinute: WORDS_PER_MINUTE,
    tradition: traditionInfo(transcript, locale),
  };
}
