// The extension's client: starts the Stenogram language server and hands VS Code to it.
// Everything the editor shows about a transcript comes from the server; nothing here parses.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_EXEC_ARGV } from '../../protocol';
import { registerTurnCommands } from './commands';
import { registerExportCommand } from './exportCommand';
import { registerImportCommand } from './importCommand';
import { PreviewPanel } from './previewPanel';
import { SpeakersView } from './speakersView';
import { StatisticsView } from './statisticsView';
import { CursorStatusBar } from './statusBar';

let client: LanguageClient | undefined;

/** Schemes of documents that are a read-only copy of another: a version in Git history, a diff's left side. */
const READ_ONLY_COPIES = new Set(['git', 'gitlens']);

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'] } },
  };
  // One channel for the server's log and, with `stenogram.trace.server`, the protocol trace.
  const outputChannel = vscode.window.createOutputChannel('Stenogram', { log: true });
  context.subscriptions.push(outputChannel);
  const clientOptions: LanguageClientOptions = {
    // Every scheme: files on disk, untitled documents, and virtual file systems (`vscode-vfs:` of
    // GitHub Repositories, `memfs:`, any FileSystemProvider). The server never reads an open
    // document from disk; it analyses the text VS Code sends.
    documentSelector: [{ language: 'transcript' }],
    middleware: {
      // The other side of a diff (`git:`) is a read-only copy of a file that is checked under its own
      // URI: it is highlighted and outlined, but its problems would be listed twice.
      handleDiagnostics: (uri, diagnostics, next) => next(uri, READ_ONLY_COPIES.has(uri.scheme) ? [] : diagnostics),
    },
    outputChannel,
  };

  // The id 'stenogram' is also the prefix of the trace setting the client reads: `stenogram.trace.server`.
  const created = new LanguageClient('stenogram', 'Stenogram', serverOptions, clientOptions);
  client = created;
  const ready = start(created, outputChannel);
  // Registered before the server is up: a command or the view used meanwhile waits for `ready`.
  registerTurnCommands(context, ready, outputChannel);
  registerExportCommand(context, ready, outputChannel);
  registerImportCommand(context, ready, outputChannel);
  context.subscriptions.push(new SpeakersView(ready, outputChannel));
  context.subscriptions.push(new StatisticsView(ready, outputChannel), new CursorStatusBar(ready, outputChannel));
  context.subscriptions.push(new PreviewPanel(ready, outputChannel));
  await ready;
}

/** The running client, or undefined when the server could not start (the user is told why). */
async function start(started: LanguageClient, outputChannel: vscode.LogOutputChannel): Promise<LanguageClient | undefined> {
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
