// Turn navigation and the Speakers view: the server finds the turns (features/navigation.ts), the
// client only moves the cursor or lists them.
import { RequestType, type Position, type Range } from 'vscode-languageserver-protocol';

export interface TurnNavigationParams {
  uri: string;
  position: Position;
  direction: 'next' | 'previous';
  /** Only turns of the speaker of the turn at `position`. */
  sameSpeaker?: boolean;
}

/** `stenogram/turnNavigation`: the label range of the next/previous turn (of the same speaker), or
 *  null (no such turn, or no speaker at the cursor). */
export const TurnNavigationRequest = new RequestType<TurnNavigationParams, Range | null, void>('stenogram/turnNavigation');

/** One turn under its speaker: `{ label: 'В.Путин', detail: 'Добрый день, уважаемые…' }`. */
export interface SpeakerTurn {
  /** The label's range. */
  range: Range;
  label: string;
  detail: string;
}

export interface SpeakerTreeItem {
  key: string;
  name: string;
  isRole: boolean;
  words: number;
  /** The speaker's share of the transcript's words, 0 to 1. */
  share: number;
  /** The speaker's place as the statistics rank speakers (0: the most words; a tie: who spoke first),
   *  which is the index of their colour in protocol/palette.ts. */
  rank: number;
  turns: SpeakerTurn[];
}

export interface SpeakersParams {
  uri: string;
}

/** `stenogram/speakers`: speakers in order of first appearance, each with its turns; empty for a
 *  document the server does not have open. */
export const SpeakersRequest = new RequestType<SpeakersParams, SpeakerTreeItem[], void>('stenogram/speakers');
