// A webview beside the editor that shows one transcript at a time, as the statistics view and the
// live preview do: opened by a command for a transcript, it then follows each transcript made
// active, asks the server again once typing pauses, after a server restart, and when it is shown
// again after a change it missed. Only the latest answer is shown. Each view says what it asks
// (`fetch`) and how it shows the answer (`render`).
import * as vscode from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient';
import { TRANSCRIPT_LANGUAGE } from './commands';
import { Refresher } from './refresher';

export interface TranscriptWebviewOptions {
  /** The command that opens the view; argument: a transcript's `vscode.Uri` or URI string, or nothing. */
  command: string;
  viewType: string;
  /** Typing pauses this long before the view asks again. */
  refreshDelayMs: number;
  /** What the webview may do: scripts, forms, command links, local files. */
  webview: vscode.WebviewPanelOptions & vscode.WebviewOptions;
}

export abstract class TranscriptWebview<T> implements vscode.Disposable {
  protected readonly disposables: vscode.Disposable[] = [];
  protected panel: vscode.WebviewPanel | undefined;
  /** The transcript shown: the one the view was opened for, then each transcript made active. */
  protected target: vscode.Uri | undefined;
  /** Answers to older requests are dropped: only the latest one is shown. */
  private readonly refresher = new Refresher();
  /** A refresh was skipped while the panel was hidden: it asks once it is shown again. */
  protected stale = false;

  constructor(
    protected readonly ready: Promise<BaseLanguageClient | undefined>,
    protected readonly log: vscode.LogOutputChannel,
    private readonly options: TranscriptWebviewOptions,
  ) {
    this.disposables.push(
      vscode.commands.registerCommand(options.command, (uri?: unknown) => this.show(uri)),
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

  /** The server's answer for `uri`; what `render` shows when the server has none. */
  protected abstract fetch(uri: vscode.Uri): Promise<T>;
  protected abstract render(panel: vscode.WebviewPanel, uri: vscode.Uri, data: T): void;
  /** The panel's title: before a transcript is chosen, and for `uri`. */
  protected abstract title(uri?: vscode.Uri): string;
  /** Said when the command finds no transcript to show. */
  protected abstract noTranscript(): string;
  /** The page the view shows is gone (closed, or another transcript comes): forget what it holds. */
  protected forget(): void {}
  /** The panel was created: a view that talks with its page listens here. */
  protected created(_panel: vscode.WebviewPanel): void {}
  /** The panel was hidden. */
  protected hidden(): void {}

  dispose(): void {
    this.refresher.cancel();
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }

  private show(arg: unknown): void {
    const active = vscode.window.activeTextEditor?.document;
    const uri = asUri(arg) ?? (active?.languageId === TRANSCRIPT_LANGUAGE ? active.uri : undefined) ?? this.target;
    if (!uri) {
      void vscode.window.showInformationMessage(this.noTranscript());
      return;
    }
    if (this.panel) this.panel.reveal(this.panel.viewColumn, true);
    else this.panel = this.createPanel();
    this.setTarget(uri);
  }

  private createPanel(): vscode.WebviewPanel {
    const panel = vscode.window.createWebviewPanel(
      this.options.viewType,
      this.title(),
      // Beside the transcript, which keeps the focus: the view follows the cursor's editor.
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      this.options.webview,
    );
    panel.onDidDispose(() => {
      if (this.panel !== panel) return;
      this.panel = undefined;
      this.forget();
      this.refresher.cancel();
    });
    panel.onDidChangeViewState((e) => {
      if (!e.webviewPanel.visible) this.hidden();
      else if (this.stale) this.refresh();
    });
    this.created(panel);
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
    if (uri.toString() !== this.target?.toString()) this.forget();
    this.target = uri;
    if (this.panel) this.panel.title = this.title(uri);
    this.refresh();
  }

  private onEdit(e: vscode.TextDocumentChangeEvent): void {
    if (!this.panel || !this.target || e.contentChanges.length === 0 || e.document.uri.toString() !== this.target.toString()) return;
    this.refresher.schedule(this.options.refreshDelayMs, () => this.refresh());
  }

  protected refresh(): void {
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

  /** The running client, or undefined when the server is not running (the view shows that). */
  protected async runningClient(): Promise<BaseLanguageClient | undefined> {
    const client = await this.ready;
    return client && client.state === State.Running ? client : undefined;
  }
}

/** The command's argument: a `vscode.Uri` (status bar, editor title), a URI string (the server's
 *  code lens), or nothing. */
export function asUri(arg: unknown): vscode.Uri | undefined {
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

export function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
