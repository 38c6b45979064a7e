// The statistics view's page: a summary (speaking time, the audience's laughter and applause), a
// table of the speakers, a bar chart of their share of the words and a timeline of the turns along
// the document (statisticsCharts.ts), as one HTML string drawn from what the server's
// `stenogram/statistics` returns. No `vscode` import, so tests can read the page.
//
// The page runs no script and loads only its style sheet (media/statistics.css, from the webview's
// resource origin): its Content-Security-Policy admits that and the style block that carries the
// nonce (inline `style` attributes are refused too, so every size is an SVG attribute). Its links
// are `command:` URIs of the commands the view allows. Every string that goes into the page passes
// through `escapeHtml`, transcript text (speaker names, the title, the date) and our own alike.
import { PALETTE_SIZE, type SpeakerStatistics, type TraditionInfo, type TranscriptStatistics } from '../../protocol';
import { PALETTE_STYLE, shareChart, swatch, timeline } from './statisticsCharts';
import { escapeHtml, webviewPage } from './webviewPage';

/** The style sheet's file, under the extension's folder (shipped as it is). */
export const STATISTICS_STYLE_PATH = ['media', 'statistics.css'] as const;

/** What the page draws of the answer of `stenogram/statistics` asked with `{ timeline: true }`: it
 *  needs no speaker's other label forms, and a page without the tradition leaves out its line. */
export type StatisticsData = Omit<TranscriptStatistics, 'speakers' | 'tradition'> & {
  speakers: Omit<SpeakerStatistics, 'forms'>[];
  tradition?: TraditionInfo;
};

/** The page's words, in the user's language (the extension fills them with `vscode.l10n.t`).
 *  Functions receive numbers already formatted for the locale. */
export interface StatisticsStrings {
  speakers: string;
  speaker: string;
  turns: string;
  words: string;
  share: string;
  longestTurn: string;
  averageTurn: string;
  speakingTime: string;
  laughter: string;
  applause: string;
  total: string;
  /** Marks a role label's row (`Вопрос`, `Question`), which is no person. */
  role: string;
  sections: string;
  shareChart: string;
  /** What a bar's length means. */
  shareLegend: string;
  shareLegendClick: string;
  timeline: string;
  /** What a mark's place, width and height mean; the most words of a turn. */
  timelineLegend: (mostWords: string) => string;
  timelineLegendClick: string;
  /** Colour of the speakers past the palette, in the legend. */
  otherSpeakers: string;
  noTurns: string;
  unavailable: string;
  copyCsv: string;
  exportCsv: string;
  /** The summary's "Tradition: US press briefing (detected)". */
  tradition: (name: string, detected: boolean) => string;
  /** The summary's speaking time: every turn timed by the timestamps, some, or none (estimated). */
  speakingTimeTimed: (duration: string) => string;
  speakingTimePartlyTimed: (duration: string, estimatedTurns: string, wordsPerMinute: string) => string;
  speakingTimeEstimated: (duration: string, wordsPerMinute: string) => string;
  /** A duration: `1 h 12 min`, `12 min 5 s`, `45 s`. */
  hoursMinutes: (hours: string, minutes: string) => string;
  minutesSeconds: (minutes: string, seconds: string) => string;
  seconds: (seconds: string) => string;
  line: (line: string) => string;
  /** A speaker name's tooltip: where their first turn is. */
  firstTurn: (line: string) => string;
  /** A timeline mark's tooltip. */
  turnMark: (turn: string, line: string, speaker: string, words: string) => string;
  /** A bar's tooltip. */
  shareBar: (speaker: string, share: string, words: string) => string;
}

export interface StatisticsPage {
  /** Fresh for each page: the style block's key under the Content-Security-Policy. */
  nonce: string;
  /** The webview's `cspSource`. */
  cspSource: string;
  /** media/statistics.css as the webview addresses it (`webview.asWebviewUri`). */
  styleSheet: string;
  /** Shown when the transcript has no title line, and under the title when it has. */
  fileName: string;
  /** A BCP 47 tag for numbers (`en`, `ru`); VS Code's display language. */
  locale: string;
  strings: StatisticsStrings;
  /** The link that opens the transcript at a (zero-based) line: a `command:` URI the view allows.
   *  Without it, names, bars and marks are not links. */
  lineHref?: (line: number) => string;
  /** The links of "Copy as CSV" and "Export CSV…" (`command:` URIs the view allows); without them, none. */
  csvHrefs?: { copy: string; export: string };
}

export function statisticsHtml(data: StatisticsData | null, page: StatisticsPage): string {
  const { strings } = page;
  const fmt = formatters(page.locale);
  let body: string;
  if (!data) body = `<h1>${escapeHtml(page.fileName)}</h1>\n<p class="notice">${escapeHtml(strings.unavailable)}</p>`;
  else {
    body = `<h1>${escapeHtml(data.title || page.fileName)}</h1>\n${summary(data, page, fmt)}\n`;
    body +=
      data.turns === 0 || data.speakers.length === 0
        ? `<p class="notice">${escapeHtml(strings.noTurns)}</p>`
        : [speakersTable(data, strings, fmt, page.lineHref), shareChart(data, strings, fmt, page.lineHref), timeline(data, strings, fmt, page.lineHref)]
            .filter(Boolean)
            .join('\n');
  }
  return webviewPage({
    nonce: page.nonce,
    cspSource: page.cspSource,
    language: page.locale,
    title: data?.title || page.fileName,
    styleSheets: [page.styleSheet],
    style: PALETTE_STYLE,
    body,
  });
}

/** Under the title: the date, the file, the sections and the tradition; the speaking time and how it
 *  was found; the audience's laughter and applause; the CSV links. */
function summary(data: StatisticsData, page: StatisticsPage, fmt: Formatters): string {
  const { strings } = page;
  const tradition = data.tradition ? strings.tradition(data.tradition.name, data.tradition.detected) : undefined;
  // The count of sections says something only when there are several.
  const sections = data.sections > 1 ? `${strings.sections}: ${fmt.number(data.sections)}` : undefined;
  const lines = [[data.date, data.title ? page.fileName : undefined, sections, tradition]];
  if (data.turns > 0) {
    const { seconds, timedTurns, wordsPerMinute } = data.speakingTime;
    const time = duration(seconds, strings, fmt);
    const wpm = fmt.number(wordsPerMinute);
    lines.push([
      timedTurns === 0
        ? strings.speakingTimeEstimated(time, wpm)
        : timedTurns === data.turns
          ? strings.speakingTimeTimed(time)
          : strings.speakingTimePartlyTimed(time, fmt.number(data.turns - timedTurns), wpm),
    ]);
  }
  const { laughter, applause } = data.audience;
  if (laughter + applause > 0) lines.push([`${strings.laughter}: ${fmt.number(laughter)}`, `${strings.applause}: ${fmt.number(applause)}`]);
  let html = lines
    .map((line) => line.filter((s): s is string => Boolean(s)).map(escapeHtml).join(' · '))
    .filter((line) => line !== '')
    .map((line) => `<p class="summary">${line}</p>`)
    .join('\n');
  if (page.csvHrefs && data.speakers.length > 0) {
    html += `\n<p class="actions"><a href="${escapeHtml(page.csvHrefs.copy)}">${escapeHtml(strings.copyCsv)}</a><a href="${escapeHtml(page.csvHrefs.export)}">${escapeHtml(strings.exportCsv)}</a></p>`;
  }
  return html;
}

export interface Formatters {
  number(n: number): string;
  percent(share: number): string;
}

/** Numbers and percentages as `locale` writes them (`1 295`, `23,5 %` in Russian). */
export function formatters(locale: string): Formatters {
  let tag = 'en';
  try {
    tag = Intl.getCanonicalLocales(locale)[0] ?? 'en';
  } catch {
    // Not a BCP 47 tag: numbers in English.
  }
  const number = new Intl.NumberFormat(tag);
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
  return { number: (n) => number.format(n), percent: (s) => percent.format(s) };
}

/** `1 h 12 min` from an hour, `12 min 5 s` from a minute, `45 s` below. */
export function duration(seconds: number, strings: StatisticsStrings, fmt: Formatters): string {
  const whole = Math.max(0, Math.round(seconds));
  if (whole >= 3600) {
    const minutes = Math.round(whole / 60);
    return strings.hoursMinutes(fmt.number(Math.floor(minutes / 60)), fmt.number(minutes % 60));
  }
  if (whole >= 60) return strings.minutesSeconds(fmt.number(Math.floor(whole / 60)), fmt.number(whole % 60));
  return strings.seconds(fmt.number(whole));
}

/** A speaker's name; a link to their first turn when the view can open one. */
function speakerName(s: StatisticsData['speakers'][number], strings: StatisticsStrings, fmt: Formatters, lineHref?: (line: number) => string): string {
  if (!lineHref) return escapeHtml(s.name);
  const title = strings.firstTurn(fmt.number(s.firstTurnLine + 1));
  return `<a href="${escapeHtml(lineHref(s.firstTurnLine))}" title="${escapeHtml(title)}">${escapeHtml(s.name)}</a>`;
}

function speakersTable(data: StatisticsData, strings: StatisticsStrings, fmt: Formatters, lineHref?: (line: number) => string): string {
  // Laughter and applause have columns only where the file reports any.
  const audience = data.audience.laughter + data.audience.applause > 0;
  const cells = (values: string[]) => values.map((v) => `<td class="num">${escapeHtml(v)}</td>`).join('');
  const rows = data.speakers.map((s, i) => {
    const role = s.isRole ? ` <span class="role">${escapeHtml(strings.role)}</span>` : '';
    const numbers = [s.turns, s.words].map(fmt.number).concat(fmt.percent(s.share), fmt.number(average(s.words, s.turns)), fmt.number(s.longestTurnWords));
    numbers.push(duration(s.speakingSeconds, strings, fmt));
    if (audience) numbers.push(fmt.number(s.audience.laughter), fmt.number(s.audience.applause));
    return `<tr><td><span class="who">${swatch(i)} ${speakerName(s, strings, fmt, lineHref)}</span>${role}</td>${cells(numbers)}</tr>`;
  });
  const longest = Math.max(0, ...data.speakers.map((s) => s.longestTurnWords));
  const totals = [data.turns, data.words].map(fmt.number).concat(fmt.percent(data.words > 0 ? 1 : 0), fmt.number(average(data.words, data.turns)), fmt.number(longest));
  totals.push(duration(data.speakingTime.seconds, strings, fmt));
  if (audience) totals.push(fmt.number(data.audience.laughter), fmt.number(data.audience.applause));
  const heads = [strings.turns, strings.words, strings.share, strings.averageTurn, strings.longestTurn, strings.speakingTime];
  if (audience) heads.push(strings.laughter, strings.applause);
  const others =
    data.speakers.length > PALETTE_SIZE ? `\n<p class="legend">${swatch(PALETTE_SIZE)} ${escapeHtml(strings.otherSpeakers)}</p>` : '';
  return `<h2>${escapeHtml(strings.speakers)}</h2>
<div class="table"><table>
<thead><tr><th>${escapeHtml(strings.speaker)}</th>${heads.map((h) => `<th class="num">${escapeHtml(h)}</th>`).join('')}</tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
<tfoot><tr><td>${escapeHtml(strings.total)}</td>${cells(totals)}</tr></tfoot>
</table></div>${others}`;
}

/** Words a turn, to one decimal: `3.5`. */
function average(words: number, turns: number): number {
  return turns > 0 ? Math.round((words / turns) * 10) / 10 : 0;
}
