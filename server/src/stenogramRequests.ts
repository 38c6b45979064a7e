// The custom requests of the client's views and commands (protocol/): each answered by its feature
// from the document's model, through the server's request wrappers (serverContext.ts).
import {
  CursorInfoRequest,
  ExportFormatsRequest,
  ExportRequest,
  ImportRequest,
  PreviewRequest,
  SpeakersRequest,
  StatisticsRequest,
  TurnNavigationRequest,
  type CursorInfoParams,
  type ExportAnswer,
  type ExportParams,
  type ImportParams,
  type ImportResult,
  type PreviewParams,
  type TurnNavigationParams,
} from '../../protocol';
import { base64 } from './base64';
import {
  computeStatistics,
  cursorInfo,
  EXPORT_FORMATS,
  exportFormat,
  exportTranscript,
  importTranscript,
  navigateTurns,
  speakersTree,
  transcriptPreview,
  type StatisticsOptions,
} from './features';
import { guarded } from './requestGuards';
import type { ServerContext } from './serverContext';

/** The custom requests of the client's views and commands (protocol/). */
export function wireStenogramRequests(server: ServerContext): void {
  const { connection, forDocument, loggedFailure, register } = server;
  /** `stenogram/turnNavigation`: the label range of the next/previous turn (of the same speaker). */
  connection.onRequest(
    TurnNavigationRequest,
    forDocument('turnNavigation', null, (params: TurnNavigationParams) => params?.uri, (source, params) => navigateTurns(source.transcript, params)),
  );

  /** `stenogram/speakers`: speakers with their turns, for the Speakers view. */
  connection.onRequest(
    SpeakersRequest,
    forDocument('speakers', [], (params: { uri: string }) => params?.uri, (source) => speakersTree(source.transcript)),
  );

  /** `stenogram/statistics`: the numbers behind the statistics view; the client never parses.
   *  `{ uri, timeline: true }` adds one mark per turn for the view's timeline. */
  connection.onRequest(
    StatisticsRequest,
    forDocument(
      'statistics',
      null,
      (params: { uri: string } & StatisticsOptions) => params?.uri,
      (source, params) => computeStatistics(source.transcript, { timeline: params.timeline === true, locale: server.locale() }),
    ),
  );

  /** `stenogram/cursorInfo`: the turn at the cursor and the transcript's speaking time, for the status bar. */
  connection.onRequest(
    CursorInfoRequest,
    forDocument(
      'cursorInfo',
      null,
      (params: CursorInfoParams) => params?.uri,
      (source, params) => (params.position ? cursorInfo(source.transcript, params.position, server.locale()) : null),
    ),
  );

  /** `stenogram/exportFormats` and `stenogram/export`: what "Stenogram: Export…" offers and saves. */
  connection.onRequest(
    ExportFormatsRequest,
    guarded(loggedFailure('exportFormats', []), () => EXPORT_FORMATS.map(({ id, name, extension }) => ({ id, name, extension }))),
  );
  connection.onRequest(
    ExportRequest,
    forDocument('export', null, (params: ExportParams) => params?.uri, (source, params): ExportAnswer | null => {
      const format = exportFormat(params.format);
      if (!format) return null;
      const result = exportTranscript(source.transcript, format, { locale: server.locale(), register: register.get() });
      if (!result.ok) return result;
      const { content } = result;
      return content.kind === 'text'
        ? { ok: true, encoding: 'utf8', content: content.text }
        : { ok: true, encoding: 'base64', content: base64(content.bytes) };
    }),
  );

  /** `stenogram/import`: a caption or speech-to-text file as a transcript, for "Stenogram: Import…". */
  connection.onRequest(
    ImportRequest,
    guarded(loggedFailure<ImportResult | null>('import', null), (params: ImportParams) =>
      typeof params?.content === 'string' ? importTranscript(String(params.name ?? ''), params.content, server.locale()) : null,
    ),
  );

  /** `stenogram/preview`: the transcript rendered for the live preview beside the editor. */
  connection.onRequest(
    PreviewRequest,
    forDocument('preview', null, (params: PreviewParams) => params?.uri, (source) => transcriptPreview(source.transcript, { register: register.get() })),
  );
}
