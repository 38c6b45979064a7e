// "Stenogram: Import…": a caption or speech-to-text file (WebVTT, SRT, Whisper or AssemblyAI JSON)
// opened as a new, untitled transcript. The client picks the file, reads it through
// vscode.workspace.fs (so on a virtual file system too) and decodes it; the server converts it
// (features/import/). The client never parses.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { ImportRequest } from '../../protocol';
import { TRANSCRIPT_LANGUAGE } from './commands';
import { requestOrLog } from './serverRequests';

export const IMPORT_COMMAND = 'stenogram.import';

export function registerImportCommand(context: vscode.ExtensionContext, ready: Promise<BaseLanguageClient | undefined>, log: vscode.LogOutputChannel): void {
  context.subscriptions.push(vscode.commands.registerCommand(IMPORT_COMMAND, (uri?: vscode.Uri) => importFile(ready, log, uri)));
}

async function importFile(ready: Promise<BaseLanguageClient | undefined>, log: vscode.LogOutputChannel, uri?: vscode.Uri): Promise<void> {
  const file = uri instanceof vscode.Uri ? uri : await pickFile();
  if (!file) return;
  const name = file.path.slice(file.path.lastIndexOf('/') + 1);
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(file);
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Cannot read {0}: {1}', name, error instanceof Error ? error.message : String(error)));
    return;
  }
  const content = decoded(bytes);
  if (content === undefined) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} is not UTF-8 text (nor UTF-16 with a byte order mark): save it as UTF-8 and import it again.', name));
    return;
  }
  const client = await ready;
  if (!client) return; // the server did not start; activation already said so
  const answer = await requestOrLog(client, ImportRequest, { name: file.path, content }, log);
  if (!answer) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Stenogram could not import {0}: see the Stenogram output.', name));
    return;
  }
  if ('error' in answer) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0}, line {1}: {2}', name, answer.error.line, answer.error.message));
    return;
  }
  const document = await vscode.workspace.openTextDocument({ language: TRANSCRIPT_LANGUAGE, content: answer.text });
  await vscode.window.showTextDocument(document);
}

async function pickFile(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    title: vscode.l10n.t('Import captions or a speech-to-text file'),
    openLabel: vscode.l10n.t('Import'),
    filters: {
      [vscode.l10n.t('Captions and speech-to-text')]: ['vtt', 'srt', 'json'],
      WebVTT: ['vtt'],
      SRT: ['srt'],
      JSON: ['json'],
    },
  });
  return picked?.[0];
}

/** The file's text: UTF-16 when it opens with a byte order mark, else UTF-8; undefined when the bytes
 *  are not text in that encoding (never decoded with `�` in place of what could not be read). */
function decoded(bytes: Uint8Array): string | undefined {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
