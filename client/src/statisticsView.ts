// The statistics view: a webview beside the editor with the speakers of the current transcript,
// their share of the words and the turns along the document. The server counts
// (`stenogram/statistics` with `timeline: true`); statisticsHtml.ts draws; this file asks and hands
// the answer over (transcriptWebview.ts decides which transcript to show and when to ask again).
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { StatisticsRequest } from '../../protocol';
import { REVEAL_TURN_COMMAND, TRANSCRIPT_LANGUAGE } from './commands';
import { requestOrLog } from './serverRequests';
import { statisticsCsv } from './statisticsCsv';
import { statisticsHtml, type StatisticsData, type StatisticsStrings } from './statisticsHtml';
import { asUri, basename, TranscriptWebview } from './transcriptWebview';
import { scriptNonce } from './webviewPage';

/** Opens the view; argument: the transcript's `vscode.Uri`, or its URI string (from the code lens). */
export const SHOW_STATISTICS_COMMAND = 'stenogram.showStatistics';
/** Puts the speakers' numbers on the clipboard as CSV; argument: a transcript's URI, else the
 *  transcript the view shows, else the active one. */
export const COPY_STATISTICS_CSV_COMMAND = 'stenogram.copyStatisticsCsv';
/** The page's speaker names link here (`command:` URIs; the one command the page may run):
 *  arguments the transcript's URI string and a zero-based line. */
const GO_TO_LINE_COMMAND = 'stenogram.statistics.goToLine';

export class StatisticsView extends TranscriptWebview<StatisticsData | null> {
  /** What the page shows now, so that an edit that changes no number does not reload it. */
  private shown: string | undefined;

  constructor(ready: Promise<BaseLanguageClient | undefined>, log: vscode.LogOutputChannel) {
    super(ready, log, {
      command: SHOW_STATISTICS_COMMAND,
      viewType: 'stenogram.statistics',
      refreshDelayMs: 300,
      // A page of text and inline SVG: no scripts, no forms, no local files; its only command links
      // open the transcript at a speaker's first turn.
      webview: { enableScripts: false, enableForms: false, enableCommandUris: [GO_TO_LINE_COMMAND], localResourceRoots: [], enableFindWidget: true },
    });
    this.disposables.push(
      vscode.commands.registerCommand(COPY_STATISTICS_CSV_COMMAND, (uri?: unknown) => this.copyCsv(uri)),
      vscode.commands.registerCommand(GO_TO_LINE_COMMAND, goToLine),
    );
  }

  private async copyCsv(arg?: unknown): Promise<void> {
    const active = vscode.window.activeTextEditor?.document;
    const uri = asUri(arg) ?? this.target ?? (active?.languageId === TRANSCRIPT_LANGUAGE ? active.uri : undefined);
    if (!uri) {
      void vscode.window.showInformationMessage(this.noTranscript());
      return;
    }
    const data = await this.fetch(uri);
    if (!data) {
      void vscode.window.showWarningMessage(pageStrings().unavailable);
      return;
    }
    await vscode.env.clipboard.writeText(statisticsCsv(data));
    void vscode.window.showInformationMessage(
      vscode.l10n.t({ message: 'Statistics of {0} copied as CSV: {1} speakers.', args: [basename(uri), data.speakers.length], comment: ['{0} is a file name'] }),
    );
  }

  protected title(uri?: vscode.Uri): string {
    return uri ? vscode.l10n.t('Statistics — {0}', basename(uri)) : vscode.l10n.t('Statistics');
  }

  protected noTranscript(): string {
    return vscode.l10n.t('Open a transcript to see its statistics.');
  }

  protected forget(): void {
    this.shown = undefined;
  }

  protected async fetch(uri: vscode.Uri): Promise<StatisticsData | null> {
    const client = await this.runningClient();
    if (!client) return null;
    // A failed request (logged) draws as a document the server does not have.
    return (await requestOrLog(client, StatisticsRequest, { uri: client.code2ProtocolConverter.asUri(uri), timeline: true }, this.log)) ?? null;
  }

  protected render(panel: vscode.WebviewPanel, uri: vscode.Uri, data: StatisticsData | null): void {
    const fileName = basename(uri);
    const key = JSON.stringify([fileName, data]);
    if (key === this.shown) return;
    this.shown = key;
    panel.webview.html = statisticsHtml(data, {
      nonce: scriptNonce(),
      fileName,
      locale: vscode.env.language,
      strings: pageStrings(),
      lineHref: (line) => `command:${GO_TO_LINE_COMMAND}?${encodeURIComponent(JSON.stringify([uri.toString(), line]))}`,
    });
  }
}

/** A speaker's link on the page: the transcript at `line`, where it is shown or beside the view. */
async function goToLine(uri?: unknown, line?: unknown): Promise<void> {
  const target = asUri(uri);
  if (!target || typeof line !== 'number' || !Number.isInteger(line) || line < 0) return;
  await vscode.commands.executeCommand(REVEAL_TURN_COMMAND, target, new vscode.Range(line, 0, line, 0));
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
    longestTurn: vscode.l10n.t('Longest turn, words'),
    averageTurn: vscode.l10n.t('Average turn, words'),
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
    firstTurn: (line) => vscode.l10n.t('Go to the first turn (line {0})', line),
    turnMark: (turn, line, speaker, words) =>
      vscode.l10n.t({ message: 'Turn {0}, line {1} · {2} · words: {3}', args: [turn, line, speaker, words], comment: ['{2} is the speaker'] }),
    shareBar: (speaker, share, words) =>
      vscode.l10n.t({ message: '{0}: {1} of the words (words: {2})', args: [speaker, share, words], comment: ['{0} is the speaker, {1} a percentage'] }),
  };
}
