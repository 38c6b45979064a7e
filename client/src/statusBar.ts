// The status bar item of the active transcript: "Turn 12/40 · В.Путин · kremlin.ru" ("Header · 40 turns" above the first turn), with the
// transcript's speaking time and the tradition it is read by in its tooltip. The server says where the cursor is among the turns
// (`stenogram/cursorInfo`); the client only shows it, and asks only while a transcript is active.
import * as vscode from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient';
import { CursorInfoRequest, type CursorInfo } from '../../protocol';
import { TRANSCRIPT_LANGUAGE } from './commands';
import { Refresher } from './refresher';
import { requestOrLog } from './serverRequests';
import { readAs, SHOW_STATISTICS_COMMAND } from './statisticsView';

/** Cursor moves and typing pause this long before the item asks again. */
const UPDATE_DELAY_MS = 150;

export class CursorStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];
  /** Answers to older requests are dropped: only the latest one is shown. */
  private readonly refresher = new Refresher();

  constructor(
    private readonly ready: Promise<BaseLanguageClient | undefined>,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.item = vscode.window.createStatusBarItem('stenogram.cursor', vscode.StatusBarAlignment.Right, 100);
    this.item.name = vscode.l10n.t('Stenogram: Turn at the Cursor');
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor === vscode.window.activeTextEditor) this.schedule(UPDATE_DELAY_MS);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && e.document === vscode.window.activeTextEditor?.document) this.schedule(UPDATE_DELAY_MS);
      }),
      // Changing a document's language closes and reopens it.
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (document === vscode.window.activeTextEditor?.document) this.schedule(0);
      }),
    );
    void ready.then((client) => {
      if (!client) return;
      this.disposables.push(client.onDidChangeState(() => this.schedule(0)));
      this.schedule(0);
    });
    this.schedule(0);
  }

  dispose(): void {
    this.refresher.cancel();
    for (const d of this.disposables) d.dispose();
  }

  private schedule(delay: number): void {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== TRANSCRIPT_LANGUAGE) {
      this.refresher.cancel();
      this.item.hide();
      return;
    }
    this.refresher.schedule(delay, () => void this.update(editor));
  }

  private async update(editor: vscode.TextEditor): Promise<void> {
    const isLatest = this.refresher.newQuestion();
    const client = await this.ready;
    if (!client || client.state !== State.Running) {
      if (isLatest()) this.item.hide();
      return;
    }
    const { document } = editor;
    const info = await requestOrLog(
      client,
      CursorInfoRequest,
      { uri: client.code2ProtocolConverter.asUri(document.uri), position: client.code2ProtocolConverter.asPosition(editor.selection.active) },
      this.log,
    );
    // Undefined: the request failed (logged); the item keeps what it shows.
    if (info === undefined) return;
    // The cursor, the text or the editor changed meanwhile: a newer request is on its way, or the
    // item is hidden.
    if (!isLatest() || vscode.window.activeTextEditor !== editor) return;
    if (!info || info.turns === 0) {
      this.item.hide();
      return;
    }
    this.show(info, document.uri);
  }

  private show(info: CursorInfo, uri: vscode.Uri): void {
    const speaker = info.speaker ?? '';
    // Before the first turn the cursor is in the header or the lead: say so, with the count of turns.
    const where =
      info.turn !== null
        ? vscode.l10n.t({ message: 'Turn {0}/{1} · {2}', args: [info.turn, info.turns, escapeIcons(speaker)], comment: ['{2} is the speaker'] })
        : info.turns === 1
          ? vscode.l10n.t({ message: 'Header · 1 turn', comment: ['The cursor is before the first turn, in the title or the lead'] })
          : vscode.l10n.t({ message: 'Header · {0} turns', args: [info.turns], comment: ['The cursor is before the first turn, in the title or the lead'] });
    const aloud =
      info.turn !== null
        ? vscode.l10n.t('Turn {0} of {1}, {2}', info.turn, info.turns, speaker)
        : vscode.l10n.t('Before the first of {0} turns', info.turns);
    const tradition = info.tradition;
    this.item.text = tradition ? `${where} · ${escapeIcons(tradition.name)}` : where;
    const readBy = tradition && readAs(tradition.name, tradition.detected);
    this.item.tooltip = [aloud, speakingTime(info), readBy, vscode.l10n.t('Click to show the statistics.')].filter(Boolean).join('\n');
    this.item.accessibilityInformation = { label: aloud };
    this.item.command = { title: vscode.l10n.t('Show Statistics'), command: SHOW_STATISTICS_COMMAND, arguments: [uri] };
    this.item.show();
  }
}

/** "≈ 1 h 12 min at 120 words a minute (8,640 words)": the whole transcript read aloud; or as long
 *  as the recording's timestamps say, where the file has them. */
function speakingTime(info: CursorInfo): string {
  const number = new Intl.NumberFormat(numberLocale());
  const words = number.format(info.words);
  const h = Math.floor(info.speakingMinutes / 60);
  const m = info.speakingMinutes % 60;
  const time = h > 0 ? vscode.l10n.t('{0} h {1} min', h, m) : vscode.l10n.t('{0} min', m);
  if (info.timedTurns > 0 && info.timedTurns === info.turns) {
    return vscode.l10n.t({ message: '≈ {0} by the recording’s timestamps (words: {1})', args: [time, words], comment: ['{0} is a duration such as "1 h 12 min"'] });
  }
  if (info.timedTurns > 0) {
    return vscode.l10n.t({
      message: '≈ {0} by the recording’s timestamps, {1} turns without one at {2} words a minute (words: {3})',
      args: [time, info.turns - info.timedTurns, info.wordsPerMinute, words],
      comment: ['{0} is a duration such as "1 h 12 min"'],
    });
  }
  if (info.speakingMinutes === 0) return vscode.l10n.t('Under a minute at {0} words a minute (words: {1})', info.wordsPerMinute, words);
  return vscode.l10n.t({
    message: '≈ {0} at {1} words a minute (words: {2})',
    args: [time, info.wordsPerMinute, words],
    comment: ['{0} is a duration such as "1 h 12 min"'],
  });
}

function numberLocale(): string {
  try {
    return Intl.getCanonicalLocales(vscode.env.language)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** Status bar text turns `$(name)` into an icon; a backslash keeps it as text. */
function escapeIcons(text: string): string {
  return text.replace(/\$\(/g, '\\$(');
}
