// Export: one writer per output format, registered here with its file extension and media type.
// Every writer reads the same ExportDocument (exportDocument.ts), so all formats keep the same words
// and map the same marks; the CLI (`stenogram export --to …`), the server (`stenogram/export`) and
// the live preview call `exportTranscript`.
import type { Locale } from '../../l10n';
import type { Transcript } from '../../transcript';
import { exportDocument, type ExportDocument, type ExportOptions } from './exportDocument';
import { toMarkdown } from './markdown';
import { toWebVtt } from './vtt';
import { toDocx } from './docx';
import { toTei } from './tei';
import { toAkomaNtoso } from './akomaNtoso';
import { toHtml } from './html';

export type ExportContent = { kind: 'text'; text: string } | { kind: 'binary'; bytes: Uint8Array };

/** What a writer gives: the file's content, or why this transcript cannot be written in the format
 *  (a WebVTT file needs timestamps), in the user's language. */
export type ExportResult = { ok: true; content: ExportContent } | { ok: false; message: string };

export interface ExportContext {
  transcript: Transcript;
  locale: Locale;
}

export interface ExportFormat {
  /** `--to` on the command line. */
  id: string;
  /** What the Export command lists: `Markdown`. */
  name: string;
  /** The file name's ending, without the first dot: `md`, `tei.xml` (TEI and Akoma Ntoso are both
   *  XML; their own endings keep both exports of one transcript apart in one folder). */
  extension: string;
  mediaType: string;
  write(document: ExportDocument, context: ExportContext): ExportResult;
}

const text = (value: string): ExportResult => ({ ok: true, content: { kind: 'text', text: value } });

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  { id: 'md', name: 'Markdown', extension: 'md', mediaType: 'text/markdown', write: (document) => text(toMarkdown(document)) },
  {
    id: 'vtt',
    name: 'WebVTT',
    extension: 'vtt',
    mediaType: 'text/vtt',
    // Cues are timed from the turns' recording times, which the model keeps (the document keeps them too, rounded for show).
    write: (_document, { transcript, locale }) => {
      const result = toWebVtt(transcript, locale);
      return result.ok ? text(result.text) : result;
    },
  },
  { id: 'docx', name: 'Word', extension: 'docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', write: (document) => ({ ok: true, content: { kind: 'binary', bytes: toDocx(document) } }) },
  { id: 'tei', name: 'TEI Parla-CLARIN', extension: 'tei.xml', mediaType: 'application/tei+xml', write: (document) => text(toTei(document)) },
  { id: 'akn', name: 'Akoma Ntoso', extension: 'akn.xml', mediaType: 'application/akn+xml', write: (document) => text(toAkomaNtoso(document)) },
  { id: 'html', name: 'HTML', extension: 'html', mediaType: 'text/html', write: (document) => text(toHtml(document)) },
];

export const EXPORT_FORMAT_IDS: readonly string[] = EXPORT_FORMATS.map((f) => f.id);

export function exportFormat(id: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((f) => f.id === id);
}

/** `transcript` in `format`. */
export function exportTranscript(transcript: Transcript, format: ExportFormat, options: ExportOptions & { locale: Locale }): ExportResult {
  return format.write(exportDocument(transcript, options), { transcript, locale: options.locale });
}

export { exportDocument, type ExportDocument, type ExportOptions, type ExportPerson, type ExportSection, type ExportTurn, type Inline, type Paragraph } from './exportDocument';
export { escapeMarkdownText, toMarkdown } from './markdown';
export { toDocx } from './docx';
export { toAkomaNtoso } from './akomaNtoso';
export { element, xmlAttribute, xmlText } from './xml';
export { toWebVtt } from './vtt';
export { TEI_NAMESPACE, toTei } from './tei';
