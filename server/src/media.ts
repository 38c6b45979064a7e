// The media panel's requests (protocol/media.ts): the turns' times and a time in the file's form,
// answered from the document's model; and the recording's length the client reports, which the
// diagnostics of that document then read (`timestamp-beyond-media`).
import { MediaDurationNotification, MediaTimesRequest, MediaTimestampRequest, type MediaDurationParams, type MediaTimestampParams } from '../../protocol';
import { timestampText, turnTimes } from './features';
import type { ServerContext } from './serverContext';

/** The length of each open document's recording, as the client last said. */
const durations = new Map<string, number>();

/** The length in seconds of the recording of document `uri`, when the client has said. */
export function mediaDuration(uri: string): number | undefined {
  return durations.get(uri);
}

export function wireMedia(server: ServerContext): void {
  const { connection, documents, forDocument, cache } = server;
  connection.onRequest(MediaTimesRequest, forDocument('mediaTimes', null, (params: { uri: string }) => params?.uri, (source) => turnTimes(source.transcript)));
  connection.onRequest(
    MediaTimestampRequest,
    forDocument('mediaTimestamp', null, (params: MediaTimestampParams) => params?.uri, (source, params) =>
      Number.isFinite(params.seconds) ? timestampText(source.transcript, params.seconds) : null,
    ),
  );
  connection.onNotification(MediaDurationNotification, (params: MediaDurationParams) => {
    const uri = params?.uri;
    if (typeof uri !== 'string') return;
    const seconds = typeof params.seconds === 'number' && Number.isFinite(params.seconds) && params.seconds >= 0 ? params.seconds : undefined;
    if (seconds === durations.get(uri)) return;
    if (seconds === undefined) durations.delete(uri);
    else durations.set(uri, seconds);
    // The findings were computed without this length: check the document again.
    cache.clearDerived(uri);
    const document = documents.get(uri);
    if (document) server.scheduleDiagnostics(document, 0);
  });
  documents.onDidClose((e) => durations.delete(e.document.uri));
}
