// What the readers of each input format hand the composer (compose.ts): who said what, and when.
import type { MessageId } from '../../l10n';

/** One piece of speech in the input: a cue's voice span, a line of an SRT cue, a JSON segment. */
export interface Utterance {
  /** Who speaks, as the input names them (`Anna Petrova`, `SPEAKER_00`, `A`); undefined when the
   *  input does not say: the previous turn goes on. */
  speaker?: string;
  /** A dialogue dash (`- Hello.`): someone else speaks now, even when the input does not say who. */
  change?: boolean;
  text: string;
  /** Seconds from the start of the recording. */
  start: number;
  /** The 1-based line of the input it comes from (a cue's timing line, a JSON segment's `{`). */
  line: number;
}

/** What a reader gives: the header the input names, and the speech in input order. */
export interface Imported {
  title?: string;
  /** `2024-03-01` or `2024-03-01 14:00:00`, as the input wrote it. */
  date?: string;
  utterances: Utterance[];
}

/** What is wrong with the input, where: a message id of l10n.ts and its arguments. */
export interface Problem {
  line: number;
  id: MessageId;
  args: (string | number)[];
}

export function isProblem<T extends object>(value: T | Problem): value is Problem {
  return 'id' in value && 'line' in value && 'args' in value;
}
