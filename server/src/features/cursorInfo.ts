// Where the cursor is among the turns, for the status bar: "Turn 12/40 · В.Путин", and the
// transcript's speaking time (timed or estimated, transcript/speakingTime.ts) and the tradition it is
// read by.
import type { CursorInfo } from '../../../protocol';
import type { Locale } from '../l10n';
import { findTurnBefore, speakingTime, WORDS_PER_MINUTE, type Position, type Transcript } from '../transcript';
import { traditionInfo } from './statistics';

export function cursorInfo(transcript: Transcript, position: Position, locale: Locale = 'en'): CursorInfo {
  const turn = findTurnBefore(transcript, position.line);
  const time = speakingTime(transcript);
  return {
    turn: turn ? turn.index + 1 : null,
    turns: transcript.turns.length,
    speaker: turn ? (transcript.speakers.get(turn.label.key)?.displayName ?? turn.label.name) : null,
    words: transcript.words,
    speakingMinutes: Math.round(time.seconds / 60),
    wordsPerMinute: WORDS_PER_MINUTE,
    timedTurns: time.timedTurns,
    tradition: traditionInfo(transcript, locale),
  };
}
