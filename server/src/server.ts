// LSP wiring only: the connection, the open documents, the capabilities and their dispatch.
// Format knowledge lives in transcript/, each capability in features/. The same wiring serves a Node
// process (node.ts) and a browser Web Worker (browser.ts): nothing here is Node's or a browser's.
import {
  CodeActionKind,
  type Connection,
  DiagnosticSeverity,
  type Diagnostic,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  FileChangeType,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
  type TextDocumentIdentifier,
  CodeLensRefreshRequest,
} from 'vscode-languageserver';
import { TRANSCRIPT_EXTENSIONS, VisibleRangesNotification } from '../../protocol';
import { LineDocument } from './lineDocument';
import { SlicedAnalysis, slicingOptions } from './analysis';
import { cachedFindings, TranscriptCache } from './documents';
import {
  cappedDiagnostics,
  codeActions,
  codeLenses,
  completeLabels,
  definition,
  documentHighlights,
  documentLinks,
  FIX_ALL_KIND,
  formatOnType,
  formatOptions,
  formatTranscript,
  prepareRename,
  references,
  rename,
  RenameRefusal,
  selectionRanges,
  semanticTokensLegend,
  workspaceSymbols,
  type DiagnosticOptions,
  type Finding,
  type TranscriptSource,
} from './features';
import { guarded, isObject, isPosition, isRange, type Answer, type Failure } from './requestGuards';
import type { ServerContext } from './serverContext';
import { wireStenogramRequests } from './stenogramRequests';
import { wireCachedFeatures } from './cachedFeatures';
import { mediaDuration, wireMedia } from './media';
import { localeOf, message, type Locale } from './l10n';
import { DEFAULT_SETTINGS, readSettings, type Settings, type TraditionSetting } from './settings';
import { REGISTER_FILE, SpeakerRegister } from './register';
import { analysisLimit, tooLargeMessage } from './sizeLimit';
import { normaliseUri, WorkspaceIndex } from './workspace';
import { clientFiles, type WorkspaceFiles } from './workspaceFiles';

/** What the server takes from the platform it runs on. */
export interface Platform {
  /** How the workspace's files are reached when the client does not read them for the server. */
  files: WorkspaceFiles;
  /** Where a diagnostic's link to its rule points when the client names no copy of docs/rules.md. */
  rulesDocumentUrl(): string;
}

/** The one connection this server answers on, and the platform it runs on: set by startServer. */
let connection!: Connection;
let platform!: Platform;
/** The workspace's files as the client reads them (`initializationOptions.workspaceFiles`), else as the platform does. */
let files: WorkspaceFiles;
/** docs/rules.md as the client ships it (`initializationOptions.rulesDocument`), if it says. */
let rulesDocument: string | undefined;
/** `stenogram.tradition` per document URI, as last read; until a document's settings come, the window's. */
const traditionByUri = new Map<string, TraditionSetting>();
const cache = new TranscriptCache((uri) => traditionByUri.get(uri) ?? pushedSettings.tradition);
// Content changes go through the cache, which remembers the lines they touched (incremental parse).
const documents = new TextDocuments<LineDocument>({
  create: (uri, languageId, version, content) => LineDocument.create(uri, languageId, version, content),
  update: (document, changes, version) => cache.update(document, changes, version),
});
let locale: Locale = 'en';
/** The window's settings: pushed by clients without workspace/configuration, pulled from the others. */
let pushedSettings: Settings = DEFAULT_SETTINGS;
/** Settings per document URI: every stenogram.* setting is resource-scoped, so folders may differ. */
const settingsByUri = new Map<string, Promise<Settings>>();
let canPullConfiguration = false;
let canRegisterConfiguration = false;
let canWatchFiles = false;
let canRefreshSemanticTokens = false;
let canRefreshCodeLenses = false;
let workspaceFolders: string[] = [];
/** The workspace's other files are read by their folder's `stenogram.tradition`, within the size limit. */
const index = new WorkspaceIndex(
  () => files,
  () => pushedSettings.maxSize,
  async (uri) => {
    const folder = folderOf(uri) ?? uri;
    const { tradition } = await settingsFor(folder);
    indexedTraditions.set(folder, tradition);
    return tradition;
  },
);
/** Folders' traditions as the workspace index read their files last; a change re-reads the index. */
const indexedTraditions = new Map<string, TraditionSetting>();
const register = new SpeakerRegister(() => files);
/** A large file's first analysis, in slices that yield to requests (set up with the connection). */
let analysis!: SlicedAnalysis;

/** Diagnostics wait this long after the last change, so typing never waits on them (a document just
 *  opened gets them at once). `initializationOptions.diagnosticsDelay` sets another delay (benchmarks
 *  set 0 to time the work, not the timer). */
let diagnosticsDelay = 150;
const pending = new Map<string, ReturnType<typeof setTimeout>>();

/** The link of a diagnostic to its rule's section: `…/docs/rules.md`, the code appended. */
function rulesDocumentUrl(): string {
  return rulesDocument ?? platform.rulesDocumentUrl();
}

/** Log what failed, naming it, with the stack: `hover failed: TypeError: … at …`. */
function logFailure(name: string, error: unknown): void {
  connection.console.error(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
}

/** The answer to a failed request `name`: the failure is logged and answered with `empty`. */
function loggedFailure<R>(name: string, empty: R): (error: unknown) => R {
  return (error) => {
    logFailure(name, error);
    return empty;
  };
}

/** A request about one document, answered by `feature` from the document's model: with `empty` when
 *  the document is not open or not analysable, and when the feature fails (`failure`, logged by default). */
function forDocument<P, R>(
  name: string,
  empty: R,
  uriOf: (params: P) => string,
  feature: (source: TranscriptSource, params: P) => R | Promise<R>,
  failure: Failure<R> = loggedFailure(name, empty),
): (params: P) => Answer<R> {
  return guarded(failure, (params: P) => {
    const source = sourceOf(uriOf(params));
    return source ? feature(source, params) : empty;
  });
}

/** A `textDocument/…` request, as `forDocument`. */
function onDocument<P extends { textDocument: TextDocumentIdentifier }, R>(
  name: string,
  empty: R,
  feature: (source: TranscriptSource, params: P) => R | Promise<R>,
  failure?: Failure<R>,
): (params: P) => Answer<R> {
  return forDocument(name, empty, (params: P) => params.textDocument.uri, feature, failure);
}

/** What the client and the server tell each other on starting: capabilities, settings, watchers. */
function wireLifecycle(): void {
  connection.onInitialize((params: InitializeParams): InitializeResult => {
    locale = localeOf(params.locale);
    const options = params.initializationOptions as { diagnosticsDelay?: unknown; workspaceFiles?: unknown; rulesDocument?: unknown; analysis?: unknown } | undefined;
    analysis.options = slicingOptions(options?.analysis);
    if (typeof options?.diagnosticsDelay === 'number' && options.diagnosticsDelay >= 0) diagnosticsDelay = options.diagnosticsDelay;
    if (options?.workspaceFiles === true) files = clientFiles(connection);
    if (typeof options?.rulesDocument === 'string') rulesDocument = options.rulesDocument;
    canPullConfiguration = params.capabilities.workspace?.configuration === true;
    canRegisterConfiguration = params.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    canWatchFiles = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    canRefreshSemanticTokens = params.capabilities.workspace?.semanticTokens?.refreshSupport === true;
    canRefreshCodeLenses = params.capabilities.workspace?.codeLens?.refreshSupport === true;
    workspaceFolders = (params.workspaceFolders ?? []).map((f) => f.uri);
    if (workspaceFolders.length === 0 && params.rootUri) workspaceFolders = [params.rootUri];
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        documentSymbolProvider: { label: 'Stenogram' },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        foldingRangeProvider: true,
        selectionRangeProvider: true,
        documentLinkProvider: { resolveProvider: false },
        documentHighlightProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        completionProvider: { resolveProvider: false, triggerCharacters: ['*'] },
        workspaceSymbolProvider: true,
        hoverProvider: true,
        semanticTokensProvider: { legend: semanticTokensLegend, full: { delta: true }, range: true },
        codeLensProvider: { resolveProvider: false },
        documentFormattingProvider: true,
        documentRangeFormattingProvider: true,
        documentOnTypeFormattingProvider: { firstTriggerCharacter: ':' },
      },
      serverInfo: { name: 'stenogram', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (canRegisterConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'stenogram' });
    }
    if (canPullConfiguration) refreshSettings();
    if (canWatchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [...TRANSCRIPT_EXTENSIONS.map((e) => ({ globPattern: `**/*${e}` })), { globPattern: `**/${REGISTER_FILE}` }],
      });
    }
    // Index the workspace's transcripts in the background; requests meanwhile see what is indexed so far.
    index.scan(workspaceFolders, (message) => connection.console.info(message), locale).catch((error) => connection.console.error(`indexing the workspace failed: ${String(error)}`));
    void loadRegister();
  });
}

/** Read stenogram.speakers.json again; its aliases change diagnostics, so open documents are re-checked. */
async function loadRegister(): Promise<void> {
  await register.load(workspaceFolders, (problem) => connection.console.warn(problem), locale);
  cache.clearDerived();
  for (const document of documents.all()) scheduleDiagnostics(document);
}

/** A transcript or stenogram.speakers.json changed, was created or deleted in the workspace. */
function wireFileEvents(): void {
  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((c) => c.uri.endsWith(`/${REGISTER_FILE}`))) void loadRegister();
    for (const change of params.changes) {
      if (change.uri.endsWith(`/${REGISTER_FILE}`)) continue;
      if (change.type === FileChangeType.Deleted) index.delete(change.uri);
      else void index.update(change.uri, (message) => connection.console.info(message), locale);
    }
  });
}

/** Open documents as they are in the editor, then the workspace's other transcripts from disk. */
function allTranscripts(): TranscriptSource[] {
  const open = documents
    .all()
    .filter(analysable)
    .map((d) => ({ uri: d.uri, transcript: cache.get(d) }));
  const openUris = new Set(open.map((o) => normaliseUri(o.uri)));
  return [...open, ...index.entries().filter((e) => !openUris.has(e.uri))];
}

function sourceOf(uri: string): TranscriptSource | undefined {
  const document = documents.get(uri);
  return document && analysable(document) ? { uri, transcript: cache.get(document) } : undefined;
}

/** A text above `stenogram.analysis.maxSize` (in characters or in lines, sizeLimit.ts) is not
 *  analysed: every feature answers empty and one diagnostic says why, so that a 100 MB file, a 10 MB
 *  line or 2.5 million short lines never keep the server busy. The length and the line count of the
 *  text are known without reading it, so the check costs nothing per edit. */
function analysable(document: LineDocument): boolean {
  const limit = analysisLimit(pushedSettings.maxSize);
  return document.length <= limit.characters && document.lineCount <= limit.lines;
}

function tooLargeDiagnostic(document: LineDocument): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    code: 'file-too-large',
    source: 'stenogram',
    message: tooLargeMessage(locale, document.length, document.lineCount, pushedSettings.maxSize) ?? '',
  };
}

/** A rename's failure: a refusal is answered as the user's mistake, anything else is logged. */
function refusal(error: unknown): ResponseError<void> {
  if (error instanceof RenameRefusal) return new ResponseError(ErrorCodes.InvalidRequest, error.message);
  logFailure('rename', error);
  return new ResponseError(ErrorCodes.InternalError, message(locale, 'rename.failed'));
}

/** The settings for one document, asked of the client with the document as scope (a folder's
 *  settings.json may turn a rule off for its files only). */
function settingsFor(uri: string): Promise<Settings> {
  if (!canPullConfiguration) return Promise.resolve(pushedSettings);
  let settings = settingsByUri.get(uri);
  if (!settings) {
    settings = connection.workspace.getConfiguration({ scopeUri: uri, section: 'stenogram' }).then(
      (raw) => {
        const read = readSettings(raw);
        noteTradition(uri, read.tradition);
        return read;
      },
      (error) => {
        connection.console.error(`reading settings failed: ${String(error)}`);
        return DEFAULT_SETTINGS;
      },
    );
    settingsByUri.set(uri, settings);
  }
  return settings;
}

/** The workspace folder a file lies in (the longest folder URI that is a prefix of it). */
function folderOf(uri: string): string | undefined {
  const normalised = normaliseUri(uri);
  let best: string | undefined;
  for (const folder of workspaceFolders) {
    const f = normaliseUri(folder).replace(/\/?$/, '/');
    if (normalised.startsWith(f) && (!best || f.length > best.length)) best = folder;
  }
  return best;
}

/** Remember the tradition an open document is read with. When it changes, the cache parses the
 *  document afresh on the next request (it never reuses a model read with another setting), and the
 *  client is asked to fetch what it shows from the model again. */
function noteTradition(uri: string, tradition: TraditionSetting): void {
  if (!documents.get(uri)) return;
  const before = traditionByUri.get(uri) ?? pushedSettings.tradition;
  traditionByUri.set(uri, tradition);
  if (before === tradition) return;
  const failed = (error: unknown) => connection.console.error(`refresh failed: ${String(error)}`);
  if (canRefreshSemanticTokens) connection.languages.semanticTokens.refresh().catch(failed);
  if (canRefreshCodeLenses) connection.sendRequest(CodeLensRefreshRequest.type).catch(failed);
}

async function reindexIfTraditionChanged(): Promise<void> {
  let changed = false;
  for (const folder of workspaceFolders) {
    const tradition = (await settingsFor(folder)).tradition;
    if (indexedTraditions.has(folder) && indexedTraditions.get(folder) !== tradition) changed = true;
    indexedTraditions.set(folder, tradition);
  }
  if (changed) await index.scan(workspaceFolders);
}

/** Settings apply without a restart: forget them and re-publish every open document. The window's
 *  own settings (no scope) are read again at once; each document's when it is next checked. */
function refreshSettings(pushed?: unknown): void {
  if (pushed !== undefined) pushedSettings = readSettings(pushed);
  if (canPullConfiguration) {
    connection.workspace.getConfiguration('stenogram').then(
      (raw) => (pushedSettings = readSettings(raw)),
      (error) => connection.console.error(`reading settings failed: ${String(error)}`),
    );
  }
  settingsByUri.clear();
  cache.clearDerived();
  for (const document of documents.all()) scheduleDiagnostics(document);
  reindexIfTraditionChanged().catch((error) => connection.console.error(`indexing the workspace failed: ${String(error)}`));
}

/** Settings changed: pulled again (or taken as pushed), and applied without a restart. */
function wireSettings(): void {
  connection.onDidChangeConfiguration((change) => {
    const pushed = (change.settings as { stenogram?: unknown } | undefined)?.stenogram;
    refreshSettings(canPullConfiguration ? undefined : (pushed ?? {}));
  });
}

async function findingsOf(document: LineDocument): Promise<Finding[]> {
  if (!analysable(document)) return [];
  return cachedFindings(cache, document, diagnosticOptions(document.uri, await settingsFor(document.uri)));
}

/** What the rules are run with for document `uri`: its settings, the register's aliases, its recording's length. */
function diagnosticOptions(uri: string, settings: Settings): DiagnosticOptions {
  return { locale, ...settings.diagnostics, aliases: register.aliases(), mediaDuration: mediaDuration(uri) };
}

function scheduleDiagnostics(document: LineDocument, delay = diagnosticsDelay): void {
  const previous = pending.get(document.uri);
  if (previous) clearTimeout(previous);
  pending.set(
    document.uri,
    setTimeout(() => {
      pending.delete(document.uri);
      const current = documents.get(document.uri);
      if (!current || current.version !== document.version) return; // a newer version is on its way
      void publishDiagnostics(current);
    }, delay),
  );
}

async function publishDiagnostics(document: LineDocument): Promise<void> {
  try {
    if (!analysable(document)) {
      cache.delete(document.uri);
      await connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: [tooLargeDiagnostic(document)] });
      return;
    }
    const settings = await settingsFor(document.uri);
    const options = diagnosticOptions(document.uri, settings);
    const { maxProblems } = settings;
    const isCurrent = () => documents.get(document.uri)?.version === document.version;
    if (!isCurrent()) return; // changed while the settings came
    const send = (findings: Finding[]) =>
      connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: cappedDiagnostics(findings, maxProblems, locale, 'setting', rulesDocumentUrl()) });
    // A large file's first analysis runs in slices, the lines on screen first (analysis.ts).
    const findings = await analysis.findings(document, options, { isCurrent, partial: send });
    if (findings && isCurrent()) await send(findings);
  } catch (error) {
    logFailure('diagnostics', error);
  }
}

documents.onDidOpen((e) => {
  // A document opened again may reuse a version number with other text: never answer from the old one.
  cache.delete(e.document.uri);
  scheduleDiagnostics(e.document, 0);
});
documents.onDidChangeContent((e) => scheduleDiagnostics(e.document));
documents.onDidClose((e) => {
  const timer = pending.get(e.document.uri);
  if (timer) clearTimeout(timer);
  pending.delete(e.document.uri);
  cache.delete(e.document.uri);
  traditionByUri.delete(e.document.uri);
  analysis.forget(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

/** The LSP requests about a document's content, each answered by its feature (features/); those
 *  answered from results kept per version are wired in cachedFeatures.ts. */
function wireLanguageFeatures(): void {
  // Code actions read the findings, which know the size limit themselves (`findingsOf`), not the model.
  connection.onCodeAction(
    guarded(loggedFailure('codeAction', []), async (params) => {
      const document = documents.get(params.textDocument.uri);
      return document ? codeActions(await findingsOf(document), params, locale, rulesDocumentUrl()) : [];
    }),
  );
  connection.onSelectionRanges(onDocument('selectionRange', [], (source, params) => selectionRanges(source.transcript, params.positions)));
  connection.onDocumentLinks(onDocument('documentLink', [], (source) => documentLinks(source.transcript)));
  connection.onDocumentHighlight(onDocument('documentHighlight', [], (source, params) => documentHighlights(source.transcript, params.position)));
  connection.onDefinition(onDocument('definition', null, (source, params) => definition(source.transcript, source.uri, params.position) ?? null));
  connection.onReferences(
    onDocument('references', [], (source, params) => references(source, params.position, allTranscripts(), params.context.includeDeclaration)),
  );
  connection.onPrepareRename(onDocument('prepareRename', null, (source, params) => prepareRename(source.transcript, params.position, locale), refusal));
  connection.onRenameRequest(
    onDocument(
      'rename',
      null,
      async (source, params) => {
        const others = (await settingsFor(source.uri)).renameScope === 'workspace' ? allTranscripts() : [];
        return { changes: rename(source, params.position, params.newName, others, locale, (key) => register.samePerson(key)) };
      },
      refusal,
    ),
  );
  connection.onCompletion(onDocument('completion', [], (source, params) => completeLabels(source.transcript, params.position, locale)));
  connection.onCodeLens(onDocument('codeLens', [], (source) => codeLenses(source.transcript, source.uri, locale)));
  connection.onWorkspaceSymbol(guarded(loggedFailure('workspaceSymbol', []), (params) => workspaceSymbols(allTranscripts(), params.query)));
}

// Formatting reads the document's own settings (settingsFor never rejects: it falls back to the defaults).
/** Formatting a document, a range, and as one types. */
function wireFormatting(): void {
  connection.onDocumentFormatting(
    onDocument('formatting', [], async (source, params) => {
      if (!isObject(params.options)) return [];
      const settings = await settingsFor(source.uri);
      return formatTranscript(source.transcript, formatOptions(settings.format, params.options));
    }),
  );

  connection.onDocumentRangeFormatting(
    onDocument('rangeFormatting', [], async (source, params) => {
      if (!isObject(params.options) || !isRange(params.range)) return [];
      const settings = await settingsFor(source.uri);
      return formatTranscript(source.transcript, formatOptions(settings.format, params.options), params.range);
    }),
  );

  connection.onDocumentOnTypeFormatting(
    onDocument('onTypeFormatting', [], async (source, params) => {
      if (!isPosition(params.position)) return [];
      const settings = await settingsFor(source.uri);
      return formatOnType(source.transcript, params.position, params.ch, settings.format);
    }),
  );
}

/** What the wiring modules (stenogramRequests.ts, …) are handed: the server's state and its request wrappers. */
function context(): ServerContext {
  return { connection, cache, documents, register, locale: () => locale, settingsFor, forDocument, onDocument, loggedFailure, logFailure, scheduleDiagnostics };
}

/** Serve `connection` (a Node process's or a Web Worker's) on `platform`: what the server does not
 *  get from the client, it gets from there. */
export function startServer(serverConnection: Connection, serverPlatform: Platform): void {
  connection = serverConnection;
  analysis = new SlicedAnalysis(connection, cache, () => locale);
  connection.onNotification(VisibleRangesNotification, (params) => analysis.setVisible(params));
  platform = serverPlatform;
  files = platform.files;
  wireLifecycle();
  wireFileEvents();
  wireSettings();
  wireLanguageFeatures();
  wireFormatting();
  wireStenogramRequests(context());
  wireCachedFeatures(context());
  wireMedia(context());
  documents.listen(connection);
  connection.listen();
}
