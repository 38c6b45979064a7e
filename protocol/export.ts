// Export, asked by the client's "Stenogram: Export…": which formats the server writes, and one
// transcript written in one of them (features/export/). The client only saves what it is given.
import { RequestType } from 'vscode-languageserver-protocol';

export interface ExportFormatInfo {
  /** `md`, as `stenogram export --to` names it. */
  id: string;
  /** `Markdown`. */
  name: string;
  /** The file name's extension, without the dot. */
  extension: string;
}

/** `stenogram/exportFormats`: the formats, in the order the Export command lists them. */
export const ExportFormatsRequest = new RequestType<Record<string, never>, ExportFormatInfo[], void>('stenogram/exportFormats');

export interface ExportParams {
  uri: string;
  /** An `ExportFormatInfo.id`. */
  format: string;
}

/** The file's content — text as it is, binary (docx) in base64 — or why it cannot be written
 *  (a WebVTT file needs timestamps), in the server's language. */
export type ExportAnswer = { ok: true; encoding: 'utf8' | 'base64'; content: string } | { ok: false; message: string };

/** `stenogram/export`: null for a document the server does not have open or does not analyse. */
export const ExportRequest = new RequestType<ExportParams, ExportAnswer | null, void>('stenogram/export');
