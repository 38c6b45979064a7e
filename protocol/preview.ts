// The live preview, asked by the client's "Stenogram: Open Preview to the Side": the transcript
// rendered as the HTML export renders it (features/preview.ts), for the webview to show as it is.
// The client never parses: it hosts this body and maps scroll positions by its `data-line`s.
import { RequestType } from 'vscode-languageserver-protocol';

export interface PreviewParams {
  uri: string;
}

export interface TranscriptPreview {
  /** The body to show: escaped HTML, no script, no inline style; the header, the sections and the
   *  turns carry `data-line` (their 0-based source line). */
  html: string;
  /** The style sheet for it, which takes every colour from the VS Code theme. */
  style: string;
  /** The language of the transcript (`ru`, `en`), for the page's `lang`. */
  language: string;
  /** The title line, or undefined when the transcript has none. */
  title?: string;
}

/** `stenogram/preview`: null for a document the server does not have open or does not analyse. */
export const PreviewRequest = new RequestType<PreviewParams, TranscriptPreview | null, void>('stenogram/preview');
