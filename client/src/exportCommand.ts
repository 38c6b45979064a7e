// "Stenogram: Export…": the active transcript in another format, saved where the user says. The
// server lists the formats and writes the file's content (features/export/); the client only asks
// where to save it and saves it, through vscode.workspace.fs (so on a virtual file system too).
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ExportFormatsRequest, ExportRequest, type ExportAnswer, type ExportFormatInfo } from '../../protocol';
import { TRANSCRIPT_LANGUAGE } from './commands';
import { requestOrLog } from './serverRequests';

export const EXPORT_COMMAND = 'stenogram.export';

export function registerExportCommand(context: vscode.ExtensionContext, ready: Promise<BaseLanguageClient | undefined>, log: vscode.LogOutputChannel): void {
  context.subscriptions.push(vscode.commands.registerCommand(EXPORT_COMMAND, (uri?: vscode.Uri) => exportTranscript(ready, log, uri)));
}

async function exportTranscript(ready: Promise<BaseLanguageClient | undefined>, log: vscode.LogOutputChannel, uri?: vscode.Uri): Promise<void> {
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== TRANSCRIPT_LANGUAGE) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a transcript to export it.'));
    return;
  }
  const client = await ready;
  if (!client) return; // the server did not start; activation already said so
  const formats = await requestOrLog(client, ExportFormatsRequest, {}, log);
  if (!formats || formats.length === 0) return;
  const picked = await vscode.window.showQuickPick(
    formats.map((format) => ({ label: format.name, description: `.${format.extension}`, format })),
    { title: vscode.l10n.t('Export the transcript as'), placeHolder: vscode.l10n.t('Format') },
  );
  if (!picked) return;
  const target = await vscode.window.showSaveDialog({
    defaultUri: targetBeside(document.uri, picked.format),
    // A dialog filters by the last extension: `xml` of `tei.xml`.
    filters: { [picked.format.name]: [picked.format.extension.slice(picked.format.extension.lastIndexOf('.') + 1)] },
    title: vscode.l10n.t('Export as {0}', picked.format.name),
  });
  if (!target) return;
  const answer = await requestOrLog(client, ExportRequest, { uri: document.uri.toString(), format: picked.format.id }, log);
  if (!answer) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Stenogram could not export this transcript: see the Stenogram output.'));
    return;
  }
  if (!answer.ok) {
    void vscode.window.showErrorMessage(answer.message);
    return;
  }
  await vscode.workspace.fs.writeFile(target, contentOf(answer));
  const open = vscode.l10n.t('Open');
  const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Exported to {0}', vscode.workspace.asRelativePath(target)), open);
  if (choice === open) await vscode.commands.executeCommand('vscode.open', target);
}

/** `speech.transcript` → `speech.md` in the same folder; an untitled document → `Untitled-1.md` in the
 *  first workspace folder (the dialog starts there). */
function targetBeside(source: vscode.Uri, format: ExportFormatInfo): vscode.Uri | undefined {
  const name = source.path.slice(source.path.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
  if (source.scheme === 'untitled') {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return folder && vscode.Uri.joinPath(folder, `${name}.${format.extension}`);
  }
  return vscode.Uri.joinPath(source, '..', `${name}.${format.extension}`);
}

function contentOf(answer: Extract<ExportAnswer, { ok: true }>): Uint8Array {
  if (answer.encoding === 'utf8') return new TextEncoder().encode(answer.content);
  const binary = atob(answer.content);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
