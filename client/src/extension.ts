// The extension's client: starts the Stenogram language server and hands VS Code to it.
// Everything the editor shows about a transcript comes from the server; nothing here parses.
// The activation is the same on every platform; how the server is started is not: a Node process
// on the desktop (node.ts), a Web Worker in vscode.dev and github.dev (web.ts).
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { registerTurnCommands } from './commands';
import { registerExportCommand } from './exportCommand';
import { registerImportCommand } from './importCommand';
import { MediaPanel } from './mediaPanel';
import { PreviewPanel } from './previewPanel';
import { SpeakersView } from './speakersView';
import { StatisticsView } from './statisticsView';
import { CursorStatusBar } from './statusBar';
import { VisibleRangesReporter } from './visibleRanges';
import { answerFileRequests } from './workspaceFiles';

let client: BaseLanguageClient | undefined;

/** How the platform makes the client of its server: `createClient(id, name, options)`. */
export type ClientFactory = (id: string, name: string, options: LanguageClientOptions) => BaseLanguageClient;

/** Schemes of documents that are a read-only copy of another: a version in Git history, a diff's left side. */
const READ_ONLY_COPIES = new Set(['git', 'gitlens']);

/** Start the server through `createClient` and register what the extension contributes.
 *  `initializationOptions`: what this platform's client tells the server besides. */
export async function activateWith(
  context: vscode.ExtensionContext,
  createClient: ClientFactory,
  initializationOptions: Record<string, unknown> = {},
): Promise<void> {
  // One channel for the server's log and, with `stenogram.trace.server`, the protocol trace.
  const outputChannel = vscode.window.createOutputChannel('Stenogram', { log: true });
  context.subscriptions.push(outputChannel);
  const clientOptions: LanguageClientOptions = {
    // Every scheme: files on disk, untitled documents, and virtual file systems (`vscode-vfs:` of
    // GitHub Repositories, `memfs:`, any FileSystemProvider). The server never reads an open
    // document from disk; it analyses the text VS Code sends.
    documentSelector: [{ language: 'transcript' }],
    // The client reads the workspace's files for the server (workspaceFiles.ts), on any file system.
    initializationOptions: { workspaceFiles: true, ...initializationOptions },
    middleware: {
      // The other side of a diff (`git:`) is a read-only copy of a file that is checked under its own
      // URI: it is highlighted and outlined, but its problems would be listed twice.
      handleDiagnostics: (uri, diagnostics, next) => next(uri, READ_ONLY_COPIES.has(uri.scheme) ? [] : diagnostics),
    },
    outputChannel,
    // The one command a hover's link may run: a time's "play from here" (features/timeHover.ts).
    markdown: { isTrusted: { enabledCommands: ['stenogram.media.playFromCursor'] } },
  };

  // The id 'stenogram' is also the prefix of the trace setting the client reads: `stenogram.trace.server`.
  const created = createClient('stenogram', 'Stenogram', clientOptions);
  client = created;
  context.subscriptions.push(...answerFileRequests(created));
  const ready = start(created, outputChannel);
  // Registered before the server is up: a command or the view used meanwhile waits for `ready`.
  registerTurnCommands(context, ready, outputChannel);
  registerExportCommand(context, ready, outputChannel);
  registerImportCommand(context, ready, outputChannel);
  context.subscriptions.push(new SpeakersView(ready, outputChannel));
  context.subscriptions.push(new StatisticsView(ready, outputChannel), new CursorStatusBar(ready, outputChannel));
  context.subscriptions.push(new PreviewPanel(ready, outputChannel), new MediaPanel(context, ready, outputChannel));
  context.subscriptions.push(new VisibleRangesReporter(ready));
  await ready;
}

/** The running client, or undefined when the server could not start (the user is told why). */
async function start(started: BaseLanguageClient, outputChannel: vscode.LogOutputChannel): Promise<BaseLanguageClient | undefined> {
  try {
    await started.start();
    return started;
  } catch (error) {
    // A client that failed to start cannot be stopped; deactivate() must not try.
    client = undefined;
    const reason = error instanceof Error ? error.message : String(error);
    outputChannel.error(vscode.l10n.t('The language server failed to start: {0}', reason));
    const showOutput = vscode.l10n.t('Show Output');
    // Not awaited: activation must not wait for the user to dismiss the message.
    void vscode.window
      .showErrorMessage(
        vscode.l10n.t('Stenogram: the language server could not start ({0}). Transcripts open without diagnostics and navigation.', reason),
        showOutput,
      )
      .then((choice) => {
        if (choice === showOutput) outputChannel.show();
      });
    return undefined;
  }
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
