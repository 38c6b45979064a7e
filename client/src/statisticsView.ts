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
import { STATISTICS_STYLE_PATH, statisticsHtml, type StatisticsData, type StatisticsStrings } from './statisticsHtml';
import { asUri, basename, TranscriptWebview } from './transcriptWebview';
import { scriptNonce } from './webviewPage';

/** Opens the view; argument: the transcript's `vscode.Uri`, or its URI string (from the code lens). */
export const SHOW_STATISTICS_COMMAND = 'stenogram.showStatistics';
/** Puts the speakers' numbers on the clipboard as CSV; argument: a transcript's URI, else the
 *  transcript the view shows, else the active one. */
export const COPY_STATISTICS_CSV_COMMAND = 'stenogram.copyStatisticsCsv';
/** Saves the same CSV to a file the user picks (through `vscode.workspace.fs`, so on any file
 *  system); argument as for Copy. */
export const EXPORT_STATISTICS_CSV_COMMAND = 'stenogram.exportStatisticsCsv';
/** The page's speaker names, bars and timeline marks link here (`command:` URIs): arguments the
 *  transcript's URI string and a zero-based line. */
const GO_TO_LINE_COMMAND = 'stenogram.statistics.goToLine';

export class StatisticsView extends TranscriptWebview<StatisticsData | null> {
  /** What the page shows now, so that an edit that changes no number does not reload it. */
  private shown: string | undefined;

  constructor(
    ready: Promise<BaseLanguageClient | undefined>,
    log: vscode.LogOutputChannel,
    private readonly extensionUri: vscode.Uri,
  ) {
    super(ready, log, {
      command: SHOW_STATISTICS_COMMAND,
      viewType: 'stenogram.statistics',
      refreshDelayMs: 300,
      // A page of text and inline SVG with its style sheet: no scripts, no forms, no other local
      // files; its command links open the transcript at a line and copy or export the CSV.
      webview: {
        enableScripts: false,
        enableForms: false,
        enableCommandUris: [GO_TO_LINE_COMMAND, COPY_STATISTICS_CSV_COMMAND, EXPORT_STATISTICS_CSV_COMMAND],
        localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')],
        enableFindWidget: true,
      },
    });
    this.disposables.push(
      vscode.commands.registerCommand(COPY_STATISTICS_CSV_COMMAND, (uri?: unknown) => this.copyCsv(uri)),
      vscode.commands.registerCommand(EXPORT_STATISTICS_CSV_COMMAND, (uri?: unknown) => this.exportCsv(uri)),
      vscode.commands.registerCommand(GO_TO_LINE_COMMAND, goToLine),
    );
  }

  /** The transcript a CSV command means and its statistics, or undefined (the user is told why). */
  private async csvSource(arg?: unknown): Promise<{ uri: vscode.Uri; data: StatisticsData } | undefined> {
    const active = vscode.window.activeTextEditor?.document;
    const uri = asUri(arg) ?? this.target ?? (active?.languageId === TRANSCRIPT_LANGUAGE ? active.uri : undefined);
    if (!uri) {
      void vscode.window.showInformationMessage(this.noTranscript());
      return undefined;
    }
    const data = await this.fetch(uri);
    if (!data) {
      void vscode.window.showWarningMessage(pageStrings().unavailable);
      return undefined;
    }
    return { uri, data };
  }

  private async copyCsv(arg?: unknown): Promise<void> {
    const source = await this.csvSource(arg);
    if (!source) return;
    await vscode.env.clipboard.writeText(statisticsCsv(source.data));
    void vscode.window.showInformationMessage(
      vscode.l10n.t({
        message: 'Statistics of {0} copied as CSV: {1} speakers.',
        args: [basename(source.uri), source.data.speakers.length],
        comment: ['{0} is a file name'],
      }),
    );
  }

  /** Asks where, beside the transcript by default (`meeting.statistics.csv`), and writes the CSV
   *  there with a UTF-8 byte order mark, by which spreadsheets read Cyrillic names as UTF-8. */
  private async exportCsv(arg?: unknown): Promise<void> {
    const source = await this.csvSource(arg);
    if (!source) return;
    const name = basename(source.uri).replace(/\.[^.]*$/, '') || 'transcript';
    const beside = source.uri.scheme === 'untitled' ? undefined : vscode.Uri.joinPath(source.uri, '..', `${name}.statistics.csv`);
    const target = await vscode.window.showSaveDialog({
      defaultUri: beside,
      filters: { [vscode.l10n.t('CSV (spreadsheet)')]: ['csv'] },
      title: vscode.l10n.t('Export Statistics as CSV'),
    });
    if (!target) return;
    try {
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(`\uFEFF${statisticsCsv(source.data)}`));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      void vscode.window.showErrorMessage(vscode.l10n.t({ message: 'Could not write {0}: {1}', args: [basename(target), reason], comment: ['{0} is a file name'] }));
      return;
    }
    void vscode.window.showInformationMessage(
      vscode.l10n.t({ message: 'Statistics of {0} saved as {1}.', args: [basename(source.uri), basename(target)], comment: ['{0} and {1} are file names'] }),
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
    const { webview } = panel;
    const command = (id: string, args: unknown[]) => `command:${id}?${encodeURIComponent(JSON.stringify(args))}`;
    webview.html = statisticsHtml(data, {
      nonce: scriptNonce(),
      cspSource: webview.cspSource,
      styleSheet: webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, ...STATISTICS_STYLE_PATH)).toString(),
      fileName,
      locale: vscode.env.language,
      strings: pageStrings(),
      lineHref: (line) => command(GO_TO_LINE_COMMAND, [uri.toString(), line]),
      csvHrefs: { copy: command(COPY_STATISTICS_CSV_COMMAND, [uri.toString()]), export: command(EXPORT_STATISTICS_CSV_COMMAND, [uri.toString()]) },
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
    speakingTime: vscode.l10n.t('Speaking time'),
    laughter: vscode.l10n.t({ message: 'Laughter', comment: ['Remarks such as "(Laughter.)" in the transcript, counted'] }),
    applause: vscode.l10n.t({ message: 'Applause', comment: ['Remarks such as "(Applause.)" in the transcript, counted'] }),
    total: vscode.l10n.t('Total'),
    role: vscode.l10n.t('(role)'),
    sections: vscode.l10n.t('Sections'),
    shareChart: vscode.l10n.t('Share of the words'),
    shareLegend: vscode.l10n.t('A bar’s length is the speaker’s share of all the words.'),
    shareLegendClick: vscode.l10n.t('Click a bar or a name to go to the speaker’s first turn.'),
    timeline: vscode.l10n.t('Turns along the document'),
    timelineLegend: (most) =>
      vscode.l10n.t({
        message: 'Each mark is a turn where it stands in the document: as wide as its lines, as tall as its words (the tallest: {0} words), in its speaker’s colour.',
        args: [most],
        comment: ['{0} is a number of words'],
      }),
    timelineLegendClick: vscode.l10n.t('Click a mark to go to that turn.'),
    otherSpeakers: vscode.l10n.t('Every further speaker'),
    copyCsv: vscode.l10n.t('Copy as CSV'),
    exportCsv: vscode.l10n.t('Export CSV…'),
    speakingTimeTimed: (time) => vscode.l10n.t({ message: 'Speaking time: {0}, by the recording’s timestamps', args: [time], comment: ['{0} is a duration'] }),
    speakingTimePartlyTimed: (time, estimated, wpm) =>
      vscode.l10n.t({
        message: 'Speaking time: ≈ {0}, by the recording’s timestamps; {1} turns without one estimated at {2} words a minute',
        args: [time, estimated, wpm],
        comment: ['{0} is a duration'],
      }),
    speakingTimeEstimated: (time, wpm) =>
      vscode.l10n.t({ message: 'Speaking time: ≈ {0}, estimated at {1} words a minute', args: [time, wpm], comment: ['{0} is a duration'] }),
    hoursMinutes: (h, m) => vscode.l10n.t('{0} h {1} min', h, m),
    minutesSeconds: (m, sec) => vscode.l10n.t('{0} min {1} s', m, sec),
    seconds: (sec) => vscode.l10n.t('{0} s', sec),
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
