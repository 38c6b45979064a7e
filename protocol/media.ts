// The media panel beside a transcript (client/src/mediaPanel.ts): the times of the turns, for its seek
// bar, "play from the cursor" and the follow-along; a time written as the file writes its times, for
// "insert timestamp"; and the length of the recording the panel loaded (`timestamp-beyond-media`).
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';

/** A turn whose label holds a real time (`Anna Lee (00:01:23): …`). */
export interface TurnTime {
  seconds: number;
  /** The turn's first and last lines. */
  line: number;
  endLine: number;
  /** The label as written: the seek bar's mark says whose turn starts there. */
  label: string;
}

/** `stenogram/mediaTimes`: the timed turns in file order; null for a document the server does not have. */
export const MediaTimesRequest = new RequestType<{ uri: string }, TurnTime[] | null, void>('stenogram/mediaTimes');

export interface MediaTimestampParams {
  uri: string;
  seconds: number;
}

/** `stenogram/mediaTimestamp`: `seconds` as the document writes its times (`[00:01:23]`, `(1:23)`). */
export const MediaTimestampRequest = new RequestType<MediaTimestampParams, string | null, void>('stenogram/mediaTimestamp');

export interface MediaDurationParams {
  uri: string;
  /** The recording's length; null when the panel no longer plays one for the document. */
  seconds: number | null;
}

/** `stenogram/mediaDuration`: the client says how long the document's recording is; the server checks
 *  the document's times against it again. */
export const MediaDurationNotification = new NotificationType<MediaDurationParams>('stenogram/mediaDuration');
