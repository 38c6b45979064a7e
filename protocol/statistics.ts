// Who spoke how much, for the statistics view (features/statistics.ts counts, the client draws).
import { RequestType } from 'vscode-languageserver-protocol';

/** The tradition a transcript is read by, named in the user's language (traditions/*.ts `name`):
 *  `{ id: 'kremlin', name: 'kremlin.ru', detected: true }`. */
export interface TraditionInfo {
  /** One of the model's TRADITION_IDS. */
  id: string;
  name: string;
  /** True when detected from the text, false when `stenogram.tradition` (or `--tradition`) named it. */
  detected: boolean;
}

/** Remarks that report the audience's sounds (transcript/remarks.ts): `(Смех.)`, `(Laughter.)` are
 *  laughter, `(Аплодисменты.)` applause; `(Laughter and applause.)` counts in both. */
export interface AudienceCounts {
  laughter: number;
  applause: number;
}

/** How long the transcript is spoken, and how that was found. */
export interface SpeakingTimeInfo {
  /** In whole seconds. */
  seconds: number;
  /** Turns timed by the recording's timestamps (`[00:01:23] Anna Lee:`); the others, and every turn
   *  of a file without timestamps, are estimated from their words at `wordsPerMinute`. */
  timedTurns: number;
  wordsPerMinute: number;
}

export interface SpeakerStatistics {
  key: string;
  name: string;
  forms: string[];
  isRole: boolean;
  turns: number;
  words: number;
  /** Share of all words spoken, 0..1. */
  share: number;
  longestTurnWords: number;
  /** Whole seconds of speaking, timed or estimated as the transcript's `speakingTime` says. */
  speakingSeconds: number;
  /** The audience's sounds reported inside this speaker's turns. */
  audience: AudienceCounts;
  firstTurnLine: number;
  lastTurnLine: number;
}

/** One turn on the statistics view's timeline. */
export interface TimelineMark {
  /** The label line (zero-based). */
  line: number;
  /** The turn's last non-blank line. */
  endLine: number;
  /** Index into `speakers` (most words first), so the view colours a turn as its speaker's row. */
  speakerIndex: number;
  words: number;
}

export interface TranscriptStatistics {
  title?: string;
  date?: string;
  turns: number;
  words: number;
  sections: number;
  /** Most words first. */
  speakers: SpeakerStatistics[];
  tradition: TraditionInfo;
  speakingTime: SpeakingTimeInfo;
  /** The audience's sounds in the whole file, in turns or not. */
  audience: AudienceCounts;
  /** Lines in the document (the timeline's length); only with `timeline`. */
  lines?: number;
  /** Every turn in document order; only when asked for (`{ timeline: true }`), as it grows with the file. */
  timeline?: TimelineMark[];
}

export interface StatisticsParams {
  uri: string;
  /** Add `lines` and `timeline`: one mark per turn. */
  timeline?: boolean;
}

/** `stenogram/statistics`: counts per speaker and, with `timeline`, one mark per turn; null for a
 *  document the server does not have open. */
export const StatisticsRequest = new RequestType<StatisticsParams, TranscriptStatistics | null, void>('stenogram/statistics');
