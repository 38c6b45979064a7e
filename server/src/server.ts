// LSP wiring only: the connection, the open documents, the capabilities and their dispatch.
// Format knowledge lives in transcript/, each capability in features/.
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { TranscriptCache } from './documents';
import { codeActions, FIX_ALL_KIND } from './features/codeActions';
import { computeFindings, toDiagnostic, type Finding } from './features/diagnostics';
import { computeStatistics } from './features/statistics';
import { documentSymbols } from './features/symbols';
import { localeOf, type Locale } from './l10n';
import { rulesDocumentUrl } from './rulesDocument';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './settings';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const cache = new TranscriptCache();
let locale: Locale = 'en';
let settings: Settings = DEFAULT_SETTINGS;
let canPullConfiguration = false;

/** Diagnostics wait this long after the last change, so typing never waits on them. */
const DIAGNOSTICS_DELAY_MS = 150;
const pending = new Map<string, ReturnType<typeof setTimeout>>();

/** Run a feature; a failure is logged and answered with `fallback`, never taken down the server. */
function guarded<P, R>(name: string, fallback: R, handler: (params: P) => R): (params: P) => R {
  return (params: P) => {
    try {
      return handler(params);
    } catch (error) {
      connection.console.error(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  };
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  locale = localeOf(params.locale);
  canPullConfiguration = params.capabilities.workspace?.configuration === true;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      documentSymbolProvider: { label: 'Stenogram' },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
    },
    serverInfo: { name: 'stenogram', version: '0.1.0' },
  };
});

connection.onInitialized(() => {
  if (canPullConfiguration) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: 'stenogram' });
    void refreshSettings();
  }
});

/** Settings apply without a restart: re-read them and re-publish every open document. */
async function refreshSettings(pushed?: unknown): Promise<void> {
  try {
    const raw = canPullConfiguration ? await connection.workspace.getConfiguration('stenogram') : pushed;
    settings = readSettings(raw);
  } catch (error) {
    connection.console.error(`reading settings failed: ${String(error)}`);
    settings = DEFAULT_SETTINGS;
  }
  cache.clearDerived();
  for (const document of documents.all()) scheduleDiagnostics(document);
}

connection.onDidChangeConfiguration((change) => {
  const pushed = (change.settings as { stenogram?: unknown } | undefined)?.stenogram;
  void refreshSettings(pushed);
});

function findingsOf(document: TextDocument): Finding[] {
  return cache.derive(document, 'findings', (transcript) => computeFindings(transcript, { locale, ...settings.diagnostics }));
}

function scheduleDiagnostics(document: TextDocument): void {
  const previous = pending.get(document.uri);
  if (previous) clearTimeout(previous);
  pending.set(
    document.uri,
    setTimeout(() => {
      pending.delete(document.uri);
      const current = documents.get(document.uri);
      if (!current || current.version !== document.version) return; // a newer version is on its way
      publishDiagnostics(current);
    }, DIAGNOSTICS_DELAY_MS),
  );
}

const publishDiagnostics = guarded('diagnostics', undefined, (document: TextDocument) => {
  const rulesUrl = rulesDocumentUrl();
  const diagnostics = findingsOf(document).map((f) => toDiagnostic(f, rulesUrl));
  void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
});

documents.onDidOpen((e) => scheduleDiagnostics(e.document));
documents.onDidChangeContent((e) => scheduleDiagnostics(e.document));
documents.onDidClose((e) => {
  const timer = pending.get(e.document.uri);
  if (timer) clearTimeout(timer);
  pending.delete(e.document.uri);
  cache.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onDocumentSymbol(
  guarded('documentSymbol', [], (params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? documentSymbols(cache.get(document), locale) : [];
  }),
);

connection.onCodeAction(
  guarded('codeAction', [], (params) => {
    const document = documents.get(params.textDocument.uri);
    return document ? codeActions(findingsOf(document), params, locale) : [];
  }),
);

/** `stenogram/statistics`: the numbers behind the statistics view; the client never parses. */
connection.onRequest(
  'stenogram/statistics',
  guarded('statistics', null, (params: { uri: string }) => {
    const document = documents.get(params?.uri);
    return document ? computeStatistics(cache.get(document)) : null;
  }),
);

documents.listen(connection);
connection.listen();
