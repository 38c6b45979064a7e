// "Stenogram: Open Preview to the Side": a webview beside the editor that shows the transcript as
// the HTML export renders it, updated as you type. The server renders (`stenogram/preview`);
// previewHtml.ts makes the page; transcriptWebview.ts decides which transcript to show and when to
// ask again. This file keeps the editor and the preview at the same line: scrolling one scrolls the
// other, and a click on a turn puts the editor's cursor on its label.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { PreviewRequest, type TranscriptPreview } from '../../protocol';
import { PREVIEW_SCRIPT_PATH, previewPage } from './previewHtml';
import { readWebviewMessage, type FromWebview, type ToWebview } from './previewScroll';
import { requestOrLog } from './serverRequests';
import { basename, TranscriptWebview } from './transcriptWebview';
import { escapeHtml, scriptNonce } from './webviewPage';

/** Opens the preview; argument: the transcript's `vscode.Uri` (the editor title button), or nothing. */
export const OPEN_PREVIEW_COMMAND = 'stenogram.openPreviewToSide';

export class PreviewPanel extends TranscriptWebview<TranscriptPreview | null> {
  /** The body the page shows, once the page holds the target's content: later bodies come by
   *  message, so that the reader's scroll position stays. Undefined: the next body makes a new page. */
  private shown: string | undefined;
  /** The line the preview had the editor reveal: the editor's scroll that follows is not sent back. */
  private revealed: number | undefined;

  constructor(
    ready: Promise<BaseLanguageClient | undefined>,
    log: vscode.LogOutputChannel,
    private readonly extensionUri: vscode.Uri,
  ) {
    super(ready, log, {
      command: OPEN_PREVIEW_COMMAND,
      viewType: 'stenogram.preview',
      refreshDelayMs: 300,
      // One script (the nonce's, from dist/media/), no forms, no command links, no other local files.
      webview: {
        enableScripts: true,
        enableForms: false,
        enableCommandUris: false,
        localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist', 'media')],
        enableFindWidget: true,
      },
    });
    this.disposables.push(vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.onEditorScroll(e)));
  }

  protected title(uri?: vscode.Uri): string {
    return uri ? vscode.l10n.t('Preview — {0}', basename(uri)) : vscode.l10n.t('Preview');
  }

  protected noTranscript(): string {
    return vscode.l10n.t('Open a transcript to preview it.');
  }

  protected forget(): void {
    this.shown = undefined;
  }

  protected created(panel: vscode.WebviewPanel): void {
    panel.webview.onDidReceiveMessage((data: unknown) => {
      const message = readWebviewMessage(data);
      if (message && this.panel === panel) void this.onMessage(message);
    });
  }

  /** A hidden webview loses its page; shown again, it would reload the first body it was given. */
  protected hidden(): void {
    this.shown = undefined;
    this.stale = true;
  }

  protected async fetch(uri: vscode.Uri): Promise<TranscriptPreview | null> {
    const client = await this.runningClient();
    if (!client) return null;
    // A failed request (logged) shows as a document the server does not have.
    return (await requestOrLog(client, PreviewRequest, { uri: client.code2ProtocolConverter.asUri(uri) }, this.log)) ?? null;
  }

  protected render(panel: vscode.WebviewPanel, uri: vscode.Uri, preview: TranscriptPreview | null): void {
    const { webview } = panel;
    const page = { nonce: scriptNonce(), cspSource: webview.cspSource, script: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, ...PREVIEW_SCRIPT_PATH)).toString() };
    if (!preview) {
      this.shown = undefined;
      const notice = vscode.l10n.t(
        'No preview of this document: the Stenogram language server is not running or does not analyse it. The Stenogram output (View → Output) says why.',
      );
      webview.html = previewPage({ ...page, html: `<p>${escapeHtml(notice)}</p>`, style: '', language: vscode.env.language, title: basename(uri) });
      return;
    }
    if (this.shown === undefined) {
      webview.html = previewPage({ ...page, html: preview.html, style: preview.style, language: preview.language, title: preview.title ?? basename(uri) });
    } else if (preview.html !== this.shown) {
      this.post({ type: 'update', html: preview.html });
    }
    this.shown = preview.html;
  }

  private post(message: ToWebview): void {
    void this.panel?.webview.postMessage(message);
  }

  private async onMessage(message: FromWebview): Promise<void> {
    const target = this.target;
    if (!target) return;
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === target.toString());
    switch (message.type) {
      case 'ready': {
        // A new page starts at the line the editor shows.
        const line = editor?.visibleRanges[0]?.start.line;
        if (line !== undefined && line > 0) this.post({ type: 'scrollToLine', line });
        return;
      }
      case 'revealLine': {
        if (!editor || message.line >= editor.document.lineCount) return;
        this.revealed = message.line;
        editor.revealRange(new vscode.Range(message.line, 0, message.line, 0), vscode.TextEditorRevealType.AtTop);
        return;
      }
      case 'openLine': {
        const document = editor?.document ?? (await vscode.workspace.openTextDocument(target));
        if (message.line >= document.lineCount) return;
        const at = new vscode.Range(message.line, 0, message.line, 0);
        const shown = await vscode.window.showTextDocument(document, { viewColumn: editor?.viewColumn ?? vscode.ViewColumn.One, selection: at });
        shown.revealRange(at, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
        return;
      }
    }
  }

  /** The editor scrolled: the preview shows the same line, unless the preview scrolled it. */
  private onEditorScroll(e: vscode.TextEditorVisibleRangesChangeEvent): void {
    if (!this.panel?.visible || e.textEditor.document.uri.toString() !== this.target?.toString()) return;
    const line = e.visibleRanges[0]?.start.line;
    if (line === undefined) return;
    const echo = line === this.revealed;
    this.revealed = undefined;
    if (!echo) this.post({ type: 'scrollToLine', line });
  }
}
