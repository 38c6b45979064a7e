// Opt-in speaker colours in the editor (`stenogram.speakerColors`, off by default): each speaker
// label gets its speaker's colour from the statistics view (protocol/palette.ts, by the server's
// rank) as a tint behind the label with a line of the full colour under it, and a mark in the
// scroll bar, so a reader sees who speaks where. The label's text keeps the theme's colour, which
// stays readable where a light colour on a light theme would not. The server says where the labels
// are and whose they are (`stenogram/speakers`); the client only paints, after typing pauses, and
// removes every colour when the setting is turned off.
import * as vscode from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient';
import { SPEAKER_PALETTE, SpeakersRequest } from '../../protocol';
import { TRANSCRIPT_LANGUAGE } from './commands';
import { labelRangesByColour } from './labelColours';
import { Refresher } from './refresher';
import { requestOrLog } from './serverRequests';

export const SPEAKER_COLORS_SETTING = 'stenogram.speakerColors';
/** Typing pauses this long before the labels are painted again. */
const UPDATE_DELAY_MS = 300;

export class SpeakerColors implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  /** One decoration type per palette colour while any document has the colours on. */
  private types: vscode.TextEditorDecorationType[] | undefined;
  /** One pending repaint per document. */
  private readonly pending = new Map<string, Refresher>();

  constructor(
    private readonly ready: Promise<BaseLanguageClient | undefined>,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(SPEAKER_COLORS_SETTING)) this.repaintAll();
      }),
      vscode.window.onDidChangeVisibleTextEditors(() => this.repaintAll()),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length > 0 && vscode.window.visibleTextEditors.some((editor) => editor.document === e.document)) this.schedule(e.document, UPDATE_DELAY_MS);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.pending.get(document.uri.toString())?.cancel();
        this.pending.delete(document.uri.toString());
      }),
    );
    void ready.then((client) => {
      if (!client) return;
      this.disposables.push(
        client.onDidChangeState((e) => {
          if (e.newState === State.Running) this.repaintAll();
        }),
      );
      this.repaintAll();
    });
  }

  dispose(): void {
    for (const refresher of this.pending.values()) refresher.cancel();
    this.types?.forEach((t) => t.dispose());
    for (const d of this.disposables) d.dispose();
  }

  private enabled(document: vscode.TextDocument): boolean {
    return document.languageId === TRANSCRIPT_LANGUAGE && vscode.workspace.getConfiguration('stenogram', document.uri).get<boolean>('speakerColors', false) === true;
  }

  private repaintAll(): void {
    const documents = new Set(vscode.window.visibleTextEditors.map((e) => e.document));
    if (![...documents].some((d) => this.enabled(d))) {
      // Off everywhere: the types go, and every colour with them.
      this.types?.forEach((t) => t.dispose());
      this.types = undefined;
      for (const refresher of this.pending.values()) refresher.cancel();
      this.pending.clear();
      return;
    }
    for (const document of documents) this.schedule(document, 0);
  }

  private schedule(document: vscode.TextDocument, delay: number): void {
    const key = document.uri.toString();
    let refresher = this.pending.get(key);
    if (!refresher) this.pending.set(key, (refresher = new Refresher()));
    const isLatest = refresher.newQuestion();
    refresher.schedule(delay, () => void this.paint(document, isLatest));
  }

  private async paint(document: vscode.TextDocument, isLatest: () => boolean): Promise<void> {
    const editors = () => vscode.window.visibleTextEditors.filter((e) => e.document === document);
    if (!this.enabled(document)) {
      if (this.types) for (const editor of editors()) for (const type of this.types) editor.setDecorations(type, []);
      return;
    }
    const client = await this.ready;
    if (!client || client.state !== State.Running) return;
    const version = document.version;
    const speakers = await requestOrLog(client, SpeakersRequest, { uri: client.code2ProtocolConverter.asUri(document.uri) }, this.log);
    // A newer paint is on its way (the text changed, or the setting), or the request failed (logged).
    if (!speakers || !isLatest() || document.version !== version || !this.enabled(document)) return;
    this.types ??= SPEAKER_PALETTE.map(({ colour }) =>
      vscode.window.createTextEditorDecorationType({
        backgroundColor: `${colour}33`,
        borderStyle: 'solid',
        borderColor: colour,
        borderWidth: '0 0 2px 0',
        overviewRulerColor: colour,
        overviewRulerLane: vscode.OverviewRulerLane.Left,
        rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
      }),
    );
    const ranges = labelRangesByColour(speakers).map((list) => list.map((r) => client.protocol2CodeConverter.asRange(r)));
    for (const editor of editors()) this.types.forEach((type, i) => editor.setDecorations(type, ranges[i]));
  }
}
