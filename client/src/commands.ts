// Turn navigation: the server says where the next or previous turn's label is; the client only
// moves the cursor there.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { TurnNavigationRequest, type TurnNavigationParams } from '../../protocol';
import { transcriptSkeleton } from './newTranscript';
import { logFailure, requestOrLog } from './serverRequests';

export const TRANSCRIPT_LANGUAGE = 'transcript';

/** Reveals a turn in its editor; arguments: the document's `vscode.Uri` and the label's `vscode.Range`. */
export const REVEAL_TURN_COMMAND = 'stenogram.revealTurn';

/** Opens an untitled transcript with the header skeleton, the cursor on the title. */
export const NEW_TRANSCRIPT_COMMAND = 'stenogram.newTranscript';

const NAVIGATION_COMMANDS = [
  { id: 'stenogram.nextTurn', direction: 'next', sameSpeaker: false },
  { id: 'stenogram.previousTurn', direction: 'previous', sameSpeaker: false },
  { id: 'stenogram.nextTurnOfSpeaker', direction: 'next', sameSpeaker: true },
  { id: 'stenogram.previousTurnOfSpeaker', direction: 'previous', sameSpeaker: true },
] as const;

export function registerTurnCommands(
  context: vscode.ExtensionContext,
  ready: Promise<BaseLanguageClient | undefined>,
  log: vscode.LogOutputChannel,
): void {
  // One navigation at a time: with the key held down, each step starts from where the last one
  // put the cursor, instead of several requests asking from the same place.
  let queue: Promise<void> = Promise.resolve();
  for (const { id, direction, sameSpeaker } of NAVIGATION_COMMANDS) {
    context.subscriptions.push(
      vscode.commands.registerCommand(id, () => {
        queue = queue
          .then(() => goToTurn(ready, log, direction, sameSpeaker))
          .catch((error: unknown) => logFailure(log, id, error));
        return queue;
      }),
    );
  }
  context.subscriptions.push(
    vscode.commands.registerCommand(REVEAL_TURN_COMMAND, revealTurn),
    vscode.commands.registerCommand(NEW_TRANSCRIPT_COMMAND, newTranscript),
  );
}

async function goToTurn(
  ready: Promise<BaseLanguageClient | undefined>,
  log: vscode.LogOutputChannel,
  direction: TurnNavigationParams['direction'],
  sameSpeaker: boolean,
): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== TRANSCRIPT_LANGUAGE) return;
  const client = await ready;
  if (!client) return; // the server did not start; activation already said so
  const { document } = editor;
  const version = document.version;
  const from = editor.selection.active;
  const target = await requestOrLog(
    client,
    TurnNavigationRequest,
    { uri: client.code2ProtocolConverter.asUri(document.uri), position: client.code2ProtocolConverter.asPosition(from), direction, sameSpeaker },
    log,
  );
  // Undefined: the request failed (logged). Null: no such turn (the first or last one, or no
  // speaker at the cursor). Nothing to do.
  if (!target) return;
  // The answer holds for the text and cursor it was asked about: after an edit, a click or a
  // switch of editor in the meantime, moving the cursor would surprise.
  if (vscode.window.activeTextEditor !== editor || document.version !== version || !editor.selection.active.isEqual(from)) return;
  placeCursor(editor, client.protocol2CodeConverter.asRange(target).start);
}

function placeCursor(editor: vscode.TextEditor, position: vscode.Position): void {
  editor.selection = new vscode.Selection(position, position);
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** The Speakers view's click on a turn. Focus stays in the view, so the keyboard can walk the turns. */
async function revealTurn(uri?: unknown, range?: unknown): Promise<void> {
  if (!(uri instanceof vscode.Uri) || !(range instanceof vscode.Range)) return;
  const key = uri.toString();
  // Reveal where the transcript is already shown (it may be beside the active editor).
  const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === key);
  const editor = await vscode.window.showTextDocument(uri, { viewColumn: shown?.viewColumn, preserveFocus: true });
  placeCursor(editor, range.start);
}

/** An untitled transcript holding the header skeleton (newTranscript.ts), inserted as a snippet:
 *  the title is selected, Tab goes on to the place, the lead, the section heading, the first turn. */
async function newTranscript(): Promise<void> {
  const document = await vscode.workspace.openTextDocument({ language: TRANSCRIPT_LANGUAGE, content: '' });
  const editor = await vscode.window.showTextDocument(document);
  const { snippet } = transcriptSkeleton(new Date(), {
    title: vscode.l10n.t('Title of the event'),
    place: vscode.l10n.t('Place'),
    lead: vscode.l10n.t('What happened and who took part.'),
    heading: vscode.l10n.t('Section heading'),
  });
  await editor.insertSnippet(new vscode.SnippetString(snippet), new vscode.Position(0, 0));
}
