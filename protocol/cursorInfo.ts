// Where the cursor is among the turns, for the status bar: "Turn 12/40 · В.Путин", and the
// transcript's speaking time and the tradition it is read by (features/cursorInfo.ts).
import { RequestType, type Position } from 'vscode-languageserver-protocol';
import type { TraditionInfo } from './statistics';

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
  /** The transcript's speaking time in whole minutes: from the recording's timestamps for the turns
   *  they time (`timedTurns`), the others' words read at `wordsPerMinute` (transcript/speakingTime.ts). */
  speakingMinutes: number;
  wordsPerMinute: number;
  /** Turns the timestamps time; 0 in a file without timestamps, where every turn is estimated. */
  timedTurns: number;
  /** The tradition the file is read by, named in the server's language. */
  tradition: TraditionInfo;
}

/** `stenogram/cursorInfo`: the turn at the position and the transcript's speaking time; null for a
 *  document the server does not have open. */
export const CursorInfoRequest = new RequestType<CursorInfoParams, CursorInfo | null, void>('stenogram/cursorInfo');
