// The recording beside the transcript: a webview that plays a transcript's recording (recording.ts
// finds it) with the commands a transcriber types while editing — play/pause (rewinding a moment on
// resume), play from the cursor's turn, skip back and forward, insert the current time in the file's
// own form, and follow along, highlighting the turn being played. The server says where the turns'
// times are and writes a time (protocol/media.ts); the page is media/mediaPanel.js.
import * as vscode from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient';
import { MediaDurationNotification, MediaTimesRequest, MediaTimestampRequest, type TurnTime } from '../../protocol';
import { TRANSCRIPT_LANGUAGE } from './commands';
import { linkRecording, recordingOf } from './recording';
import { Refresher } from './refresher';
import { requestOrLog } from './serverRequests';
import { asUri, basename } from './transcriptWebview';
import { escapeHtml } from './webviewPage';

/** What the page tells the extension. */
type FromPage =
  | { type: 'ready' }
  | { type: 'time'; time: number; duration: number | null; paused: boolean; rate: number; seeked?: number }
  | { type: 'answer'; id: number; time: number }
  | { type: 'follow'; on: boolean }
  | { type: 'command'; id: 'back' | 'play' | 'forward' }
  | { type: 'error'; message: string };

/** `stenogram.media.state` (internal, for the e2e tests): what the panel plays and where. */
export interface MediaState {
  transcript: string | null;
  media: string | null;
  time: number;
  duration: number | null;
  paused: boolean;
  rate: number;
  /** Where the last seek landed, as the page reported it. */
  seekedTo: number | null;
  follow: boolean;
  /** The first line of the turn highlighted as being played. */
  highlighted: number | null;
  error: string | null;
}

const CMD = 'stenogram.media.';

export class MediaPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private transcript: vscode.Uri | undefined;
  private media: vscode.Uri | undefined;
  private times: TurnTime[] = [];
  /** Messages wait here until the page says it is ready. */
  private queue: unknown[] | undefined = [];
  private page: Omit<Extract<FromPage, { type: 'time' }>, 'type' | 'seeked'> = { time: 0, duration: null, paused: true, rate: 1 };
  private seekedTo: number | null = null;
  private error: string | null = null;
  private follow = false;
  private highlighted: TurnTime | undefined;
  private readonly answers = new Map<number, (time: number) => void>();
  private queries = 0;
  private readonly refresher = new Refresher();
  private readonly decoration = vscode.window.createTextEditorDecorationType({
    isWholeLine: true,
    backgroundColor: new vscode.ThemeColor('editor.rangeHighlightBackground'),
  });
  private readonly disposables: vscode.Disposable[] = [this.decoration];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly ready: Promise<BaseLanguageClient | undefined>,
    private readonly log: vscode.LogOutputChannel,
  ) {
    const commands: Record<string, (arg?: unknown) => unknown> = {
      open: (arg) => this.open(asUri(arg) ?? activeTranscript()),
      link: (arg) => this.link(asUri(arg) ?? activeTranscript() ?? this.transcript),
      playPause: () => this.playPause(),
      playFromCursor: (arg) => this.playFromCursor(arg),
      insertTimestamp: () => this.insertTimestamp(),
      skipBack: () => this.post({ type: 'skip', by: -setting('skipSeconds', 5) }),
      skipForward: () => this.post({ type: 'skip', by: setting('skipSeconds', 5) }),
      toggleFollow: () => this.setFollow(!this.follow),
      state: (): MediaState => ({
        transcript: this.transcript?.toString() ?? null,
        media: this.media?.toString() ?? null,
        ...this.page,
        seekedTo: this.seekedTo,
        follow: this.follow,
        highlighted: this.highlighted?.line ?? null,
        error: this.error,
      }),
    };
    for (const [name, run] of Object.entries(commands)) this.disposables.push(vscode.commands.registerCommand(CMD + name, run));
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.panel && e.contentChanges.length > 0 && e.document.uri.toString() === this.transcript?.toString()) this.refresher.schedule(300, () => void this.loadTimes());
      }),
      vscode.window.onDidChangeVisibleTextEditors(() => this.paint()),
    );
  }

  dispose(): void {
    this.panel?.dispose();
    this.refresher.cancel();
    for (const d of this.disposables) d.dispose();
  }

  /** Shows the recording of `transcript`, asking for one when none is linked or beside it. */
  private async open(transcript: vscode.Uri | undefined): Promise<boolean> {
    if (!transcript) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a transcript to play its recording.'));
      return false;
    }
    if (this.panel && transcript.toString() === this.transcript?.toString()) {
      this.panel.reveal(undefined, true);
      return true;
    }
    const media = await recordingOf(this.context.workspaceState, transcript);
    if (media) return this.show(transcript, media);
    const link = vscode.l10n.t('Link Recording…');
    const choice = await vscode.window.showInformationMessage(
      vscode.l10n.t('No recording for {0}: put one of the same name beside it (.mp3, .m4a, .wav, .ogg, .mp4, .webm), or link one.', basename(transcript)),
      link,
    );
    return choice === link && this.link(transcript);
  }

  private async link(transcript: vscode.Uri | undefined): Promise<boolean> {
    if (!transcript) return this.open(undefined);
    const media = await linkRecording(this.context.workspaceState, transcript);
    return !!media && this.show(transcript, media);
  }

  private show(transcript: vscode.Uri, media: vscode.Uri): boolean {
    if (this.transcript && this.transcript.toString() !== transcript.toString()) this.tellDuration(null);
    this.transcript = transcript;
    this.media = media;
    this.queue = [];
    this.page = { time: 0, duration: null, paused: true, rate: 1 };
    this.seekedTo = this.error = null;
    this.times = [];
    this.highlight(undefined);
    const options = { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(media, '..'), vscode.Uri.joinPath(this.context.extensionUri, 'media')] };
    if (this.panel) {
      this.panel.webview.options = options;
      this.panel.reveal(undefined, true);
    } else {
      // Kept when hidden: the recording plays on while another tab is in front of it.
      const panel = vscode.window.createWebviewPanel('stenogram.media', '', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { ...options, retainContextWhenHidden: true });
      this.panel = panel;
      panel.webview.onDidReceiveMessage((m: FromPage) => this.panel === panel && this.onMessage(m));
      panel.onDidDispose(() => {
        if (this.panel !== panel) return;
        this.tellDuration(null);
        this.panel = this.transcript = this.media = undefined;
        this.highlight(undefined);
        void vscode.commands.executeCommand('setContext', 'stenogram.mediaOpen', false);
      });
      void vscode.commands.executeCommand('setContext', 'stenogram.mediaOpen', true);
    }
    this.panel.title = vscode.l10n.t('Recording — {0}', basename(media));
    this.panel.webview.html = this.html(this.panel.webview, media);
    void this.loadTimes();
    return true;
  }

  private html(webview: vscode.Webview, media: vscode.Uri): string {
    const asset = (name: string) => escapeHtml(webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'media', name)).toString());
    const csp = `default-src 'none'; style-src ${webview.cspSource}; script-src ${webview.cspSource}; media-src ${webview.cspSource};`;
    const t = (text: string) => escapeHtml(text);
    const rates = [0.5, 0.75, 1, 1.25, 1.5, 1.75, 2].map((r) => `<option value="${r}"${r === 1 ? ' selected' : ''}>${r}×</option>`).join('');
    return `<!DOCTYPE html><html lang="${t(vscode.env.language)}"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${t(csp)}"><link rel="stylesheet" href="${asset('mediaPanel.css')}"></head><body>
<video id="media" preload="auto" src="${t(webview.asWebviewUri(media).toString())}"></video>
<div id="bar"><input id="seek" type="range" min="0" max="0" step="0.1" value="0" aria-label="${t(vscode.l10n.t('Position'))}"><div id="marks"></div></div>
<div id="controls"><button id="back" title="${t(vscode.l10n.t('Skip Back'))}">«</button><button id="play" title="${t(vscode.l10n.t('Play / Pause'))}">▶</button><button id="forward" title="${t(vscode.l10n.t('Skip Forward'))}">»</button>
<span id="time"></span><select id="rate" title="${t(vscode.l10n.t('Speed'))}">${rates}</select>
<label><input id="follow" type="checkbox"${this.follow ? ' checked' : ''}> ${t(vscode.l10n.t('Follow along'))}</label></div>
<p id="error" hidden>${t(vscode.l10n.t('This recording cannot be played here: the file is missing, or its format is not one this VS Code plays.'))}</p>
<script src="${asset('mediaPanel.js')}"></script></body></html>`;
  }

  private onMessage(m: FromPage): void {
    switch (m?.type) {
      case 'ready': {
        const waiting = this.queue ?? [];
        this.queue = undefined;
        for (const message of waiting) void this.panel?.webview.postMessage(message);
        return;
      }
      case 'time': {
        const known = this.page.duration;
        this.page = { time: m.time, duration: m.duration, paused: m.paused, rate: m.rate };
        if (typeof m.seeked === 'number') this.seekedTo = m.seeked;
        if (m.duration !== known) this.tellDuration(m.duration);
        this.followTime(m.time);
        return;
      }
      case 'answer':
        this.answers.get(m.id)?.(m.time);
        this.answers.delete(m.id);
        return;
      case 'follow':
        this.setFollow(m.on);
        return;
      case 'command':
        void vscode.commands.executeCommand(CMD + (m.id === 'play' ? 'playPause' : m.id === 'back' ? 'skipBack' : 'skipForward'));
        return;
      case 'error':
        this.error = m.message;
        this.log.warn(vscode.l10n.t('The recording {0} did not play: {1}', this.media?.toString() ?? '', m.message));
    }
  }

  /** To the page now, or once it is ready. */
  private post(message: unknown): void {
    if (this.queue) this.queue.push(message);
    else void this.panel?.webview.postMessage(message);
  }

  private async client(): Promise<BaseLanguageClient | undefined> {
    const client = await this.ready;
    return client?.state === State.Running ? client : undefined;
  }

  private async loadTimes(): Promise<void> {
    const transcript = this.transcript;
    const client = await this.client();
    if (!client || !transcript) return;
    const times = await requestOrLog(client, MediaTimesRequest, { uri: client.code2ProtocolConverter.asUri(transcript) }, this.log);
    if (transcript !== this.transcript) return;
    this.times = times ?? [];
    this.post({ type: 'turns', turns: this.times.map(({ seconds, label }) => ({ seconds, label })) });
    this.followTime(this.page.time);
  }

  private tellDuration(seconds: number | null): void {
    const transcript = this.transcript;
    if (!transcript) return;
    void this.client().then((client) =>
      client?.sendNotification(MediaDurationNotification, { uri: client.code2ProtocolConverter.asUri(transcript), seconds }).catch((e: unknown) => this.log.error(String(e))),
    );
  }

  private async playPause(): Promise<void> {
    if (this.panel || (await this.open(activeTranscript()))) this.post({ type: 'toggle', rewind: setting('rewindOnResume', 1) });
  }

  /** From the time of the turn at the cursor (or the last turn with a time above it); the hover's
   *  link passes `{ uri, line }` instead of the cursor. */
  private async playFromCursor(arg: unknown): Promise<void> {
    const at = arg as { uri?: unknown; line?: unknown } | undefined;
    const editor = vscode.window.activeTextEditor;
    const transcript = asUri(at?.uri) ?? (editor?.document.languageId === TRANSCRIPT_LANGUAGE ? editor.document.uri : this.transcript);
    const line = typeof at?.line === 'number' ? at.line : editor?.document.uri.toString() === transcript?.toString() ? editor?.selection.active.line : undefined;
    if (!(await this.open(transcript))) return;
    if (this.times.length === 0) await this.loadTimes();
    let from = 0;
    for (const time of this.times) if (line !== undefined && time.line <= line) from = time.seconds;
    this.post({ type: 'play', at: from });
  }

  /** The page's current time, as the file writes its times, in place of each selection. */
  private async insertTimestamp(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const client = await this.client();
    if (!editor || !this.panel || !client) return;
    const id = ++this.queries;
    const time = await new Promise<number>((resolve) => {
      this.answers.set(id, resolve);
      this.post({ type: 'query', id });
      // A page that does not answer (reloading): the last time it reported.
      setTimeout(() => resolve(this.page.time), 1000);
    });
    this.answers.delete(id);
    const text = await requestOrLog(client, MediaTimestampRequest, { uri: client.code2ProtocolConverter.asUri(editor.document.uri), seconds: time }, this.log);
    if (text) await editor.edit((edit) => editor.selections.forEach((s) => edit.replace(s, text)));
  }

  private setFollow(on: boolean): void {
    this.follow = on;
    this.post({ type: 'follow', on });
    if (on) this.followTime(this.page.time);
    else this.highlight(undefined);
  }

  /** With follow-along on: the turn being played (the latest time at or before `time`) is highlighted and revealed. */
  private followTime(time: number): void {
    if (!this.follow) return;
    let playing: TurnTime | undefined;
    for (const t of this.times) if (t.seconds <= time && (!playing || t.seconds > playing.seconds)) playing = t;
    if (playing?.line === this.highlighted?.line && playing?.endLine === this.highlighted?.endLine) return;
    this.highlight(playing);
    const editor = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === this.transcript?.toString());
    if (playing && editor) editor.revealRange(new vscode.Range(playing.line, 0, playing.line, 0), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private highlight(turn: TurnTime | undefined): void {
    this.highlighted = turn;
    this.paint();
  }

  private paint(): void {
    const turn = this.highlighted;
    for (const editor of vscode.window.visibleTextEditors) {
      const ours = turn && editor.document.uri.toString() === this.transcript?.toString();
      editor.setDecorations(this.decoration, ours ? [new vscode.Range(turn.line, 0, turn.endLine, 0)] : []);
    }
  }
}

function activeTranscript(): vscode.Uri | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === TRANSCRIPT_LANGUAGE ? document.uri : undefined;
}

/** `stenogram.media.<name>`: a number of seconds. */
function setting(name: string, fallback: number): number {
  const value = vscode.workspace.getConfiguration('stenogram.media').get<number>(name);
  return typeof value === 'number' && value >= 0 ? value : fallback;
}
