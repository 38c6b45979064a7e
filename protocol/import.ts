// Import a caption or speech-to-text file as a transcript (features/import/): the client reads the
// file and decodes it, the server converts it. The client never parses.
import { RequestType } from 'vscode-languageserver-protocol';

export interface ImportParams {
  /** The file's name (a path or a URI is fine: only its last part is read): its extension hints at
   *  the format (`.vtt`, `.srt`, `.json`) and its base name is the title when the file gives none. */
  name: string;
  /** The file's text, decoded (UTF-8, or UTF-16 with a byte order mark). */
  content: string;
}

/** Where the input is wrong: a 1-based line of the input, and what is wrong there in the server's language. */
export interface ImportError {
  line: number;
  message: string;
}

export type ImportResult = { text: string } | { error: ImportError };

/** `stenogram/import`: the transcript's text, or why the input cannot be imported; null when the
 *  server failed (it logs why) or the params hold no content. */
export const ImportRequest = new RequestType<ImportParams, ImportResult | null, void>('stenogram/import');
