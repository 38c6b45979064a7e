// The statistics view: a webview beside the editor with the speakers of the current transcript,
// their share of the words and the turns along the document. The server counts
// (`stenogram/statistics` with `timeline: true`); statisticsHtml.ts draws; this file only decides
// which transcript to show and when to ask again.
import * as vscode from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient';
import { StatisticsRequest } from '../../protocol';
import { TRANSCRIPT_LANGUAGE } from './commands';
import { Refresher } from './refresher';
import { requestOrLog } from './serverRequests';
import { statisticsHtml, type StatisticsData, type StatisticsStrings } from './statisticsHtml';

/** Opens the view; argument: the transcript's `vscode.Uri`, or its URI string (from the code lens). */
export const SHOW_STATISTICS_COMMAND = 'stenogram.showStatistics';

const VIEW_TYPE = 'stenogram.statistics';
/** Typing pauses this long before the view asks again. */
const REFRESH_DELAY_MS = 300;

export class StatisticsView implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private panel: vscode.WebviewPanel | undefined;
  /** The transcript shown: the one the view was opened for, then each transcript made active. */
  private target: vscode.Uri | undefined;
  /** Answers to older requests are dropped: only the latest one is drawn. */
  private readonly refresher = new Refresher();
  /** What the page shows now, so that an edit that changes no number does not reload it. */
  private shown: string | undefined;
  /** A refresh was skipped while the panel was hidden. */
  private stale = false;

  constructor(
    private readonly ready: Promise<BaseLanguageClient | undefined>,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      vscode.commands.registerCommand(SHOW_STATISTICS_COMMAND, (uri?: unknown) => this.show(uri)),
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e)),
    );
    void ready.then((client) => {
      if (!client) return;
      this.disposables.push(
        // A restarted server has the documents again: ask anew.
        client.onDidChangeState((e) => {
          if (e.newState === State.Running) this.refresh();
        }),
      );
    });
  }

  dispose(): void {
    this.refresher.cancel();
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }

  private show(arg: unknown): void {
    const active = vscode.window.activeTextEditor?.document;
    const uri = asUri(arg) ?? (active?.languageId === TRANSCRIPT_LANGUAGE ? active.uri : undefined) ?? this.target;
    if (!uri) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a transcript to see its statistics.'));
      return;
    }
    if (this.panel) this.panel.reveal(this.panel.viewColumn, true);
    else this.panel = this.createPanel();
    this.setTarget(uri);
  }

  private createPanel(): vscode.WebviewPanel {
    const panel = vscode.window.createWebviewPanel(
      VIEW_TYPE,
      vscode.l10n.t('Statistics'),
      // Beside the transcript, which keeps the focus: the view follows the cursor's editor.
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      // A page of text and inline SVG: no scripts, no forms, no command links, no local files.
      { enableScripts: false, enableForms: false, enableCommandUris: false, localResourceRoots: [], enableFindWidget: true },
    );
    panel.onDidDispose(() => {
      if (this.panel !== panel) return;
      this.panel = undefined;
      this.shown = undefined;
      this.refresher.cancel();
    });
    panel.onDidChangeViewState((e) => {
      if (e.webviewPanel.visible && this.stale) this.refresh();
    });
    return panel;
  }

  /** Another transcript became active: show that one. Focus on the view itself, the Output panel
   *  or a file of another language leaves the view as it is. */
  private follow(editor: vscode.TextEditor | undefined): void {
    if (!this.panel || !editor || editor.document.languageId !== TRANSCRIPT_LANGUAGE) return;
    if (editor.document.uri.toString() === this.target?.toString()) return;
    this.setTarget(editor.document.uri);
  }

  private setTarget(uri: vscode.Uri): void {
    this.target = uri;
    if (this.panel) this.panel.title = vscode.l10n.t('Statistics — {0}', basename(uri));
    this.refresh();
  }

  private onEdit(e: vscode.TextDocumentChangeEvent): void {
    if (!this.panel || !this.target || e.contentChanges.length === 0 || e.document.uri.toString() !== this.target.toString()) return;
    this.refresher.schedule(REFRESH_DELAY_MS, () => this.refresh());
  }

  private refresh(): void {
    this.refresher.cancelWait();
    const { panel, target } = this;
    if (!panel || !target) return;
    // A hidden panel keeps no page to update; it asks once it is shown again.
    if (!panel.visible) {
      this.stale = true;
      return;
    }
    this.stale = false;
    const isLatest = this.refresher.newQuestion();
    void this.fetch(target).then((data) => {
      if (!isLatest() || this.panel !== panel) return;
      this.render(panel, target, data);
    });
  }

  private async fetch(uri: vscode.Uri): Promise<StatisticsData | null> {
    const client = await this.ready;
    if (!client || client.state !== State.Running) return null;
    // A failed request (logged) draws as a document the server does not have.
    return (await requestOrLog(client, StatisticsRequest, { uri: client.code2ProtocolConverter.asUri(uri), timeline: true }, this.log)) ?? null;
  }

  private render(panel: vscode.WebviewPanel, uri: vscode.Uri, data: StatisticsData | null): void {
    const fileName = basename(uri);
    const key = JSON.stringify([fileName, data]);
    if (key === this.shown) return;
    this.shown = key;
    panel.webview.html = statisticsHtml(data, {
      nonce: scriptNonce(),
      fileName,
      locale: vscode.env.language,
      strings: pageStrings(),
    });
  }
}

/** 16 random bytes in hex, the page's script nonce: from Web Crypto, which the desktop's extension
 *  host and a browser's both have. */
function scriptNonce(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The command's argument: a `vscode.Uri` (status bar), a URI string (the server's code lens), or nothing. */
function asUri(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return arg;
  if (typeof arg === 'string' && arg.length > 0) {
    try {
      return vscode.Uri.parse(arg, true);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** "Tradition: US press briefing (detected)": the tradition the server reads a file by, for the view
 *  and the status bar's tooltip. */
export function readAs(name: string, detected: boolean): string {
  return detected
    ? vscode.l10n.t({ message: 'Tradition: {0} (detected)', args: [name], comment: ['{0} is a publishing tradition, e.g. "US press briefing"'] })
    : vscode.l10n.t({ message: 'Tradition: {0} (setting stenogram.tradition)', args: [name], comment: ['{0} is a publishing tradition'] });
}

function pageStrings(): StatisticsStrings {
  return {
    speakers: vscode.l10n.t('Speakers'),
    speaker: vscode.l10n.t('Speaker'),
    turns: vscode.l10n.t('Turns'),
    words: vscode.l10n.t('Words'),
    share: vscode.l10n.t('Share'),
    longestTurn: vscode.l10n.t('Longest turn'),
    total: vscode.l10n.t('Total'),
    role: vscode.l10n.t('(role)'),
    sections: vscode.l10n.t('Sections'),
    shareChart: vscode.l10n.t('Share of the words'),
    timeline: vscode.l10n.t('Turns along the document'),
    otherSpeakers: vscode.l10n.t('Every further speaker'),
    noTurns: vscode.l10n.t('This transcript has no speaker turns yet. A turn starts on a line with a speaker label and a colon, such as "В.Путин: Уважаемые коллеги!"'),
    unavailable: vscode.l10n.t(
      'No statistics for this document: the Stenogram language server is not running or does not have it open. The Stenogram output (View → Output) says why.',
    ),
    tradition: readAs,
    line: (line) => vscode.l10n.t('line {0}', line),
    turnMark: (turn, line, speaker, words) =>
      vscode.l10n.t({ message: 'Turn {0}, line {1} · {2} · words: {3}', args: [turn, line, speaker, words], comment: ['{2} is the speaker'] }),
    shareBar: (speaker, share, words) =>
      vscode.l10n.t({ message: '{0}: {1} of the words (words: {2})', args: [speaker, share, words], comment: ['{0} is the speaker, {1} a percentage'] }),
  };
}
