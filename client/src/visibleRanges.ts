// Tells the server which lines of each transcript are on screen (`stenogram/visibleRanges`), so that
// the first analysis of a large file checks those first (server/src/analysis.ts). Scrolling is
// debounced; the client only reports what VS Code shows, it never parses.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { VisibleRangesNotification } from '../../protocol';
import { TRANSCRIPT_LANGUAGE } from './commands';

/** Scrolling pauses this long before the lines shown are reported. */
const REPORT_DELAY_MS = 100;

export class VisibleRangesReporter implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(private readonly ready: Promise<BaseLanguageClient | undefined>) {
    this.disposables.push(
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.schedule(e.textEditor.document, REPORT_DELAY_MS)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach((e) => this.schedule(e.document, 0))),
    );
    for (const editor of vscode.window.visibleTextEditors) this.schedule(editor.document, 0);
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    if (document.languageId !== TRANSCRIPT_LANGUAGE) return;
    const uri = document.uri.toString();
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.report(document);
      }, delay),
    );
  }

  private async report(document: vscode.TextDocument): Promise<void> {
    const client = await this.ready;
    if (!client || document.isClosed) return;
    // Every editor showing the document (a split editor shows it twice).
    const ranges = vscode.window.visibleTextEditors.filter((e) => e.document === document).flatMap((e) => e.visibleRanges);
    if (ranges.length === 0) return;
    await client
      .sendNotification(VisibleRangesNotification, { uri: client.code2ProtocolConverter.asUri(document.uri), ranges: ranges.map((r) => client.code2ProtocolConverter.asRange(r)) })
      .catch(() => undefined);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    for (const d of this.disposables) d.dispose();
  }
}
