// `stenogram/preview`: the transcript as the live preview shows it, rendered by the HTML export's
// writer in its preview flavour (export/html.ts) with the theme-coloured style (export/htmlStyle.ts).
import type { TranscriptPreview } from '../../../protocol';
import type { Transcript } from '../transcript';
import { exportDocument, type ExportOptions } from './export';
import { previewHtml } from './export/html';
import { PREVIEW_STYLE } from './export/htmlStyle';

export function transcriptPreview(transcript: Transcript, options: ExportOptions = {}): TranscriptPreview {
  const document = exportDocument(transcript, options);
  const preview: TranscriptPreview = { html: previewHtml(document, transcript.lines.length), style: PREVIEW_STYLE, language: document.language };
  if (document.title) preview.title = document.title;
  return preview;
}

export { PAGE_POLICY, previewHtml, speakerColours, toHtml } from './export/html';
export { PAGE_STYLE, PAGE_STYLE_HASH, PREVIEW_STYLE } from './export/htmlStyle';
