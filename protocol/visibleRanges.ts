// What the editor shows of a transcript, so that the server checks those lines first when it
// analyses a large file in slices (server/src/analysis.ts).
import { NotificationType, type Range } from 'vscode-languageserver-protocol';

export interface VisibleRangesParams {
  uri: string;
  /** The ranges the editors of this document show (several when it is split). */
  ranges: Range[];
}

/** `stenogram/visibleRanges`: sent when a transcript's visible ranges change (debounced). */
export const VisibleRangesNotification = new NotificationType<VisibleRangesParams>('stenogram/visibleRanges');
