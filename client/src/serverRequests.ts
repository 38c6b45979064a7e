// Asking the language server from the client. A failed request is logged to the Stenogram output,
// never put in a message box: each view then shows what it shows when the server has no answer.
import * as vscode from 'vscode';
import type { BaseLanguageClient, RequestParam, RequestType } from 'vscode-languageclient';

/** Logs "stenogram/speakers failed: reason" (`what` is a request's method or a command's id). */
export function logFailure(log: vscode.LogOutputChannel, what: string, error: unknown): void {
  log.error(vscode.l10n.t('{0} failed: {1}', what, error instanceof Error ? error.message : String(error)));
}

/** The server's answer, or undefined when the request failed (and was logged). */
export async function requestOrLog<P, R>(
  client: BaseLanguageClient,
  type: RequestType<P, R, void>,
  params: RequestParam<P>,
  log: vscode.LogOutputChannel,
): Promise<R | undefined> {
  try {
    return await client.sendRequest(type, params);
  } catch (error) {
    logFailure(log, type.method, error);
    return undefined;
  }
}
