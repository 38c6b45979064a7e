// The extension's client: starts the Stenogram language server and hands VS Code to it.
// Everything the editor shows about a transcript comes from the server; nothing here parses.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  // One channel for the server's log and, with `stenogram.trace.server`, the protocol trace.
  const outputChannel = vscode.window.createOutputChannel('Stenogram', { log: true });
  context.subscriptions.push(outputChannel);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'transcript' },
      { scheme: 'untitled', language: 'transcript' },
    ],
    outputChannel,
  };

  // The id 'stenogram' is also the prefix of the trace setting the client reads: `stenogram.trace.server`.
  const started = new LanguageClient('stenogram', 'Stenogram', serverOptions, clientOptions);
  client = started;
  try {
    await started.start();
  } catch (error) {
    // A client that failed to start cannot be stopped; deactivate() must not try.
    client = undefined;
    const reason = error instanceof Error ? error.message : String(error);
    outputChannel.error(`The language server failed to start: ${reason}`);
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
  }
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
