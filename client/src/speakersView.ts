// The Speakers view in the Explorer: each speaker of the current transcript, with their turns,
// words and share of the words (`В.Путин   12 turns · 1,234 words · 23%`), each turn under them as
// `line 32 — Желаю успехов!`; sorted by first appearance, turns or words (`stenogram.speakers.sortBy`,
// the view's Sort button). The server lists them (`stenogram/speakers`); the client only shows the list.
import * as vscode from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient';
import { SpeakersRequest, type SpeakerTreeItem, type SpeakerTurn } from '../../protocol';
import { REVEAL_TURN_COMMAND, TRANSCRIPT_LANGUAGE } from './commands';
import { Refresher } from './refresher';
import { requestOrLog } from './serverRequests';
import { sortSpeakers, speakerOrderOf, type SpeakerOrder } from './speakerOrder';
import { formatters } from './statisticsHtml';

const VIEW_ID = 'stenogram.speakers';
/** Asks how to sort the view and keeps the answer in the setting. */
export const SORT_SPEAKERS_COMMAND = 'stenogram.sortSpeakers';
const SORT_SETTING = 'speakers.sortBy';
/** The active editor is a transcript. */
const TRANSCRIPT_ACTIVE = 'stenogram.transcriptActive';
/** A transcript is open in some editor tab: the view stays in the Explorer instead of jumping in and out. */
const TRANSCRIPT_OPEN = 'stenogram.transcriptOpen';
/** The language server answers; the view's welcome text says why it is empty when it does not. */
const SERVER_RUNNING = 'stenogram.serverRunning';

/** Typing pauses this long before the view asks again. */
const REFRESH_DELAY_MS = 300;
/** With more speakers than this, they start collapsed so the list fits. */
const EXPANDED_SPEAKERS_MAX = 10;

interface SpeakerNode {
  kind: 'speaker';
  uri: vscode.Uri;
  speaker: SpeakerTreeItem;
  collapsed: boolean;
  turns: TurnNode[];
}

interface TurnNode {
  kind: 'turn';
  uri: vscode.Uri;
  turn: SpeakerTurn;
  range: vscode.Range;
  /** The name on the speaker's row above. */
  speakerName: string;
}

type Node = SpeakerNode | TurnNode;

export class SpeakersView implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<Node>;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly contextKeys = new Map<string, boolean>();
  /** The transcript listed: the active one, or the last one while it stays on screen. */
  private target: vscode.Uri | undefined;
  private readonly refresher = new Refresher();
  /** A refresh was skipped while the view was hidden. */
  private stale = false;

  constructor(
    private readonly ready: Promise<BaseLanguageClient | undefined>,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.disposables.push(
      this.view,
      this.changed,
      this.view.onDidChangeVisibility((e) => {
        if (e.visible && this.stale) this.refresh();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.follow()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.follow()),
      // Changing a document's language closes and reopens it.
      vscode.workspace.onDidOpenTextDocument(() => this.follow()),
      vscode.workspace.onDidCloseTextDocument(() => this.follow()),
      vscode.window.tabGroups.onDidChangeTabs(() => this.follow()),
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`stenogram.${SORT_SETTING}`)) this.refresh();
      }),
      vscode.commands.registerCommand(SORT_SPEAKERS_COMMAND, () => chooseOrder()),
    );
    this.follow();
    void ready.then((client) => {
      this.setContext(SERVER_RUNNING, client?.state === State.Running);
      if (!client) return;
      this.disposables.push(
        client.onDidChangeState((e) => {
          this.setContext(SERVER_RUNNING, e.newState === State.Running);
          // A restarted server has the documents again: ask anew.
          if (e.newState === State.Running) this.refresh();
        }),
      );
      this.refresh();
    });
  }

  dispose(): void {
    this.refresher.cancel();
    for (const d of this.disposables) d.dispose();
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'speaker') {
      const { speaker } = node;
      const item = new vscode.TreeItem(
        speaker.name,
        node.collapsed ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.Expanded,
      );
      // A stable id keeps the speaker expanded or collapsed as the user left it across refreshes.
      item.id = `${node.uri.toString()}#${speaker.key}`;
      const percent = formatters(vscode.env.language).percent(speaker.share);
      const share = vscode.l10n.t({ message: '{0} of the words', args: [percent], comment: ['{0} is a percentage'] });
      item.description = [turnCount(speaker.turns.length), wordCount(speaker.words), percent].join(' · ');
      item.tooltip = `${speaker.name}\n${turnCount(speaker.turns.length)}, ${wordCount(speaker.words)}, ${share}`;
      item.iconPath = new vscode.ThemeIcon(speaker.isRole ? 'comment' : 'person');
      item.contextValue = speaker.isRole ? 'role' : 'speaker';
      return item;
    }
    const item = new vscode.TreeItem(turnRow(node), vscode.TreeItemCollapsibleState.None);
    const line = vscode.l10n.t('Line {0}', node.range.start.line + 1);
    item.tooltip = node.turn.detail ? `${node.turn.label}: ${node.turn.detail}\n${line}` : `${node.turn.label}\n${line}`;
    item.contextValue = 'turn';
    item.command = {
      command: REVEAL_TURN_COMMAND,
      title: vscode.l10n.t('Go to Turn'),
      arguments: [node.uri, node.range],
    };
    return item;
  }

  async getChildren(node?: Node): Promise<Node[]> {
    if (node) return node.kind === 'speaker' ? node.turns : [];
    const uri = this.target;
    if (!uri) return [];
    const client = await this.ready;
    if (!client) return [];
    const speakers = await requestOrLog(client, SpeakersRequest, { uri: client.code2ProtocolConverter.asUri(uri) }, this.log);
    // Undefined: the request failed (logged).
    if (speakers === undefined) return [];
    // Another transcript became current while the server answered; its own refresh is on the way.
    if (this.target?.toString() !== uri.toString() || !Array.isArray(speakers)) return [];
    const collapsed = speakers.length > EXPANDED_SPEAKERS_MAX;
    return sortSpeakers(speakers, sortOrder()).map((speaker) => ({
      kind: 'speaker',
      uri,
      speaker,
      collapsed,
      turns: speaker.turns.map((turn) => ({
        kind: 'turn',
        uri,
        turn,
        range: client.protocol2CodeConverter.asRange(turn.range),
        speakerName: speaker.name,
      })),
    }));
  }

  /** Follow the active editor: list the active transcript, or keep the last one while it is still
   *  visible (focus moved to the Output panel or to a file beside it), else list nothing. */
  private follow(): void {
    const active = vscode.window.activeTextEditor?.document;
    const activeIsTranscript = active?.languageId === TRANSCRIPT_LANGUAGE;
    this.setContext(TRANSCRIPT_ACTIVE, activeIsTranscript);
    this.setContext(TRANSCRIPT_OPEN, activeIsTranscript || isTranscriptOpenInTab());

    let next: vscode.Uri | undefined;
    if (activeIsTranscript) next = active.uri;
    else if (this.target && isTranscriptVisible(this.target)) next = this.target;
    if (next?.toString() === this.target?.toString()) return;
    this.target = next;
    this.view.description = next ? basename(next) : undefined;
    this.refresh();
  }

  private onEdit(e: vscode.TextDocumentChangeEvent): void {
    if (!this.target || e.contentChanges.length === 0 || e.document.uri.toString() !== this.target.toString()) return;
    this.refresher.schedule(REFRESH_DELAY_MS, () => this.refresh());
  }

  private refresh(): void {
    this.refresher.cancelWait();
    // A hidden view is not asked for; it asks once it is shown.
    if (!this.view.visible) {
      this.stale = true;
      return;
    }
    this.stale = false;
    this.changed.fire();
  }

  private setContext(key: string, value: boolean): void {
    if (this.contextKeys.get(key) === value) return;
    this.contextKeys.set(key, value);
    void vscode.commands.executeCommand('setContext', key, value);
  }
}

function isTranscriptVisible(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.visibleTextEditors.some(
    (e) => e.document.languageId === TRANSCRIPT_LANGUAGE && e.document.uri.toString() === key,
  );
}

/** Tabs carry no language; the open documents do (a tab restored but never shown has none yet). */
function isTranscriptOpenInTab(): boolean {
  const transcripts = new Set(
    vscode.workspace.textDocuments.filter((d) => d.languageId === TRANSCRIPT_LANGUAGE).map((d) => d.uri.toString()),
  );
  if (transcripts.size === 0) return false;
  return vscode.window.tabGroups.all.some((group) =>
    group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && transcripts.has(tab.input.uri.toString())),
  );
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** `line 32 — Желаю успехов!`: the speaker's name stands on the row above, so a turn row shows
 *  where it is and how it starts; its label only when it is another form (`Путин В.В.: …`). */
function turnRow(node: TurnNode): string {
  const { turn } = node;
  const line = node.range.start.line + 1;
  const text = turn.label === node.speakerName ? turn.detail : [turn.label, turn.detail].filter(Boolean).join(': ');
  if (!text) return vscode.l10n.t('line {0}', line);
  return vscode.l10n.t({ message: 'line {0} — {1}', args: [line, text], comment: ['{1} is how the turn starts'] });
}

function sortOrder(): SpeakerOrder {
  return speakerOrderOf(vscode.workspace.getConfiguration('stenogram').get(SORT_SETTING));
}

/** The Sort button: a quick pick of the three orders, the current one marked; the choice goes into
 *  the user's settings, so every window sorts alike. */
async function chooseOrder(): Promise<void> {
  const current = sortOrder();
  const choices: { order: SpeakerOrder; label: string }[] = [
    { order: 'appearance', label: vscode.l10n.t('In order of appearance') },
    { order: 'turns', label: vscode.l10n.t('By turns, most first') },
    { order: 'words', label: vscode.l10n.t('By words, most first') },
  ];
  const picked = await vscode.window.showQuickPick(
    choices.map((c) => ({ ...c, description: c.order === current ? vscode.l10n.t('current') : undefined })),
    { placeHolder: vscode.l10n.t('Sort the speakers') },
  );
  if (!picked || picked.order === current) return;
  await vscode.workspace.getConfiguration('stenogram').update(SORT_SETTING, picked.order, vscode.ConfigurationTarget.Global);
}

function turnCount(n: number): string {
  if (n === 1) return vscode.l10n.t('1 turn');
  return vscode.l10n.t({
    message: '{0} turns',
    args: [n],
    comment: ['One form for every count above one: Russian "реплик: {0}" fits 2, 3 and 5 alike.'],
  });
}

function wordCount(n: number): string {
  if (n === 1) return vscode.l10n.t('1 word');
  return vscode.l10n.t({
    message: '{0} words',
    args: [n],
    comment: ['One form for every count above one: Russian "слов: {0}".'],
  });
}
