// What server.ts hands the modules that wire a group of requests (stenogramRequests.ts, …): the
// connection, the one cache, the open documents, the speaker register, the UI locale and the
// settings, and the wrappers every request goes through (a failure is logged and answered empty,
// a document that is not open or too large is answered empty).
import type { Connection, TextDocuments, TextDocumentIdentifier } from 'vscode-languageserver';
import type { TranscriptCache } from './documents';
import type { TranscriptSource } from './features';
import type { Locale } from './l10n';
import type { LineDocument } from './lineDocument';
import type { SpeakerRegister } from './register';
import type { Answer, Failure } from './requestGuards';
import type { Settings } from './settings';

export interface ServerContext {
  readonly connection: Connection;
  readonly cache: TranscriptCache;
  readonly documents: TextDocuments<LineDocument>;
  readonly register: SpeakerRegister;
  /** The UI language, as the client said on initialize. */
  locale(): Locale;
  /** A document's stenogram.* settings (never rejects). */
  settingsFor(uri: string): Promise<Settings>;
  /** A request about one document (its URI read from the params by `uriOf`), answered by `feature`
   *  from the document's model; `empty` when the document is not open, not analysable, or the feature fails. */
  forDocument<P, R>(
    name: string,
    empty: R,
    uriOf: (params: P) => string,
    feature: (source: TranscriptSource, params: P) => R | Promise<R>,
    failure?: Failure<R>,
  ): (params: P) => Answer<R>;
  /** A `textDocument/…` request, as `forDocument`. */
  onDocument<P extends { textDocument: TextDocumentIdentifier }, R>(
    name: string,
    empty: R,
    feature: (source: TranscriptSource, params: P) => R | Promise<R>,
    failure?: Failure<R>,
  ): (params: P) => Answer<R>;
  /** Check `document` again and publish its diagnostics after `delay` ms (the usual pause by default). */
  scheduleDiagnostics(document: LineDocument, delay?: number): void;
  /** The answer to a failed request `name`: logged, then answered with `empty`. */
  loggedFailure<R>(name: string, empty: R): (error: unknown) => R;
  logFailure(name: string, error: unknown): void;
}
