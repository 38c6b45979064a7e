// The statistics view's page: a table of the speakers, a bar chart of their share of the words and
// a timeline of the turns along the document, as one HTML string with inline SVG drawn from what
// the server's `stenogram/statistics` returns. No `vscode` import, so tests can read the page.
//
// The page runs no script and loads nothing: its Content-Security-Policy admits only the style
// block that carries the nonce (inline `style` attributes are refused too, so every size is an SVG
// attribute). Every string that goes into the page passes through `escapeHtml`, transcript text
// (speaker names, the title, the date) and our own alike.
import { PALETTE_SIZE, SPEAKER_PALETTE, speakerColourClass, type SpeakerStatistics, type TraditionInfo, type TranscriptStatistics } from '../../protocol';
import { escapeHtml, webviewPage } from './webviewPage';

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
  total: string;
  /** Marks a role label's row (`Вопрос`, `Question`), which is no person. */
  role: string;
  sections: string;
  shareChart: string;
  timeline: string;
  /** Colour of the speakers past the palette, in the legend. */
  otherSpeakers: string;
  noTurns: string;
  unavailable: string;
  /** The summary's "Tradition: US press briefing (detected)". */
  tradition: (name: string, detected: boolean) => string;
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
  /** Shown when the transcript has no title line, and under the title when it has. */
  fileName: string;
  /** A BCP 47 tag for numbers (`en`, `ru`); VS Code's display language. */
  locale: string;
  strings: StatisticsStrings;
  /** The link that opens the transcript at a (zero-based) line: a `command:` URI the view allows.
   *  Without it, names are plain text. */
  lineHref?: (line: number) => string;
}

export function statisticsHtml(data: StatisticsData | null, page: StatisticsPage): string {
  const { strings } = page;
  const fmt = formatters(page.locale);
  let body: string;
  if (!data) body = `<h1>${escapeHtml(page.fileName)}</h1>\n<p class="notice">${escapeHtml(strings.unavailable)}</p>`;
  else {
    const tradition = data.tradition ? strings.tradition(data.tradition.name, data.tradition.detected) : undefined;
    // The count of sections says something only when there are several.
    const sections = data.sections > 1 ? `${strings.sections}: ${fmt.number(data.sections)}` : undefined;
    const summary = [data.date, data.title ? page.fileName : undefined, sections, tradition]
      .filter((s): s is string => Boolean(s))
      .map(escapeHtml)
      .join(' · ');
    body = `<h1>${escapeHtml(data.title || page.fileName)}</h1>\n<p class="summary">${summary}</p>\n`;
    body +=
      data.turns === 0 || data.speakers.length === 0
        ? `<p class="notice">${escapeHtml(strings.noTurns)}</p>`
        : [speakersTable(data, strings, fmt, page.lineHref), shareChart(data, strings, fmt), timeline(data, strings, fmt)].join('\n');
  }
  return webviewPage({ nonce: page.nonce, language: page.locale, title: data?.title || page.fileName, style: STYLE, body });
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

/** A square of the speaker's colour: the legend of both charts. */
function swatch(speakerIndex: number): string {
  return `<svg class="swatch" width="10" height="10" aria-hidden="true"><rect class="${speakerColourClass(speakerIndex)}" width="10" height="10" rx="2"/></svg>`;
}

/** A speaker's name; a link to their first turn when the view can open one. */
function speakerName(s: StatisticsData['speakers'][number], strings: StatisticsStrings, fmt: Formatters, lineHref?: (line: number) => string): string {
  if (!lineHref) return escapeHtml(s.name);
  const title = strings.firstTurn(fmt.number(s.firstTurnLine + 1));
  return `<a href="${escapeHtml(lineHref(s.firstTurnLine))}" title="${escapeHtml(title)}">${escapeHtml(s.name)}</a>`;
}

function speakersTable(data: StatisticsData, strings: StatisticsStrings, fmt: Formatters, lineHref?: (line: number) => string): string {
  const rows = data.speakers.map((s, i) => {
    const role = s.isRole ? ` <span class="role">${escapeHtml(strings.role)}</span>` : '';
    return (
      `<tr><td>${swatch(i)} ${speakerName(s, strings, fmt, lineHref)}${role}</td>` +
      `<td class="num">${escapeHtml(fmt.number(s.turns))}</td>` +
      `<td class="num">${escapeHtml(fmt.number(s.words))}</td>` +
      `<td class="num">${escapeHtml(fmt.percent(s.share))}</td>` +
      `<td class="num">${escapeHtml(fmt.number(average(s.words, s.turns)))}</td>` +
      `<td class="num">${escapeHtml(fmt.number(s.longestTurnWords))}</td></tr>`
    );
  });
  const longest = Math.max(0, ...data.speakers.map((s) => s.longestTurnWords));
  const others =
    data.speakers.length > PALETTE_SIZE ? `\n<p class="legend">${swatch(PALETTE_SIZE)} ${escapeHtml(strings.otherSpeakers)}</p>` : '';
  return `<h2>${escapeHtml(strings.speakers)}</h2>
<table>
<thead><tr><th>${escapeHtml(strings.speaker)}</th><th class="num">${escapeHtml(strings.turns)}</th><th class="num">${escapeHtml(strings.words)}</th><th class="num">${escapeHtml(strings.share)}</th><th class="num">${escapeHtml(strings.averageTurn)}</th><th class="num">${escapeHtml(strings.longestTurn)}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
<tfoot><tr><td>${escapeHtml(strings.total)}</td><td class="num">${escapeHtml(fmt.number(data.turns))}</td><td class="num">${escapeHtml(fmt.number(data.words))}</td><td class="num">${escapeHtml(fmt.percent(data.words > 0 ? 1 : 0))}</td><td class="num">${escapeHtml(fmt.number(average(data.words, data.turns)))}</td><td class="num">${escapeHtml(fmt.number(longest))}</td></tr></tfoot>
</table>${others}`;
}

const BAR_ROW = 30;

/** One row per speaker: the name and share above a bar whose length is the share of all words. */
function shareChart(data: StatisticsData, strings: StatisticsStrings, fmt: Formatters): string {
  const rows = data.speakers.map((s, i) => {
    const y = i * BAR_ROW;
    const share = fmt.percent(s.share);
    const width = Math.max(0, Math.min(1, s.share)) * 100;
    return (
      `<g><title>${escapeHtml(strings.shareBar(s.name, share, fmt.number(s.words)))}</title>` +
      `<text x="0" y="${y + 12}">${escapeHtml(s.name)}</text>` +
      `<text x="100%" y="${y + 12}" text-anchor="end">${escapeHtml(share)}</text>` +
      `<rect class="track" x="0" y="${y + 17}" width="100%" height="8" rx="2"/>` +
      `<rect class="${speakerColourClass(i)}" x="0" y="${y + 17}" width="${round(width)}%" height="8" rx="2"/></g>`
    );
  });
  return `<h2>${escapeHtml(strings.shareChart)}</h2>
<svg class="bars" width="100%" height="${data.speakers.length * BAR_ROW}" role="img" aria-label="${escapeHtml(strings.shareChart)}">
${rows.join('\n')}
</svg>`;
}

const TIMELINE_WIDTH = 1000;
const TIMELINE_HEIGHT = 40;

/** One mark per turn where it stands in the document, as wide as its lines, as tall as its words. */
function timeline(data: StatisticsData, strings: StatisticsStrings, fmt: Formatters): string {
  const marks = data.timeline;
  if (!marks || marks.length === 0 || !data.lines) return '';
  const lines = Math.max(data.lines, ...marks.map((m) => m.endLine + 1));
  const most = Math.max(1, ...marks.map((m) => m.words));
  const scale = TIMELINE_WIDTH / lines;
  const rects = marks.map((m, i) => {
    const speaker = data.speakers[m.speakerIndex]?.name ?? '';
    const height = 8 + ((TIMELINE_HEIGHT - 8) * m.words) / most;
    const x = m.line * scale;
    const width = Math.max((m.endLine + 1 - m.line) * scale, 1.5);
    const title = strings.turnMark(fmt.number(i + 1), fmt.number(m.line + 1), speaker, fmt.number(m.words));
    return (
      `<rect class="mark ${speakerColourClass(m.speakerIndex)}" x="${round(x)}" y="${round(TIMELINE_HEIGHT - height)}" width="${round(width)}" height="${round(height)}">` +
      `<title>${escapeHtml(title)}</title></rect>`
    );
  });
  return `<h2>${escapeHtml(strings.timeline)}</h2>
<svg class="timeline" width="100%" height="${TIMELINE_HEIGHT}" viewBox="0 0 ${TIMELINE_WIDTH} ${TIMELINE_HEIGHT}" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(strings.timeline)}">
<rect class="track" x="0" y="0" width="${TIMELINE_WIDTH}" height="${TIMELINE_HEIGHT}"/>
${rects.join('\n')}
</svg>
<div class="axis"><span>${escapeHtml(strings.line(fmt.number(1)))}</span><span>${escapeHtml(strings.line(fmt.number(lines)))}</span></div>`;
}

/** Words a turn, to one decimal: `3.5`. */
function average(words: number, turns: number): number {
  return turns > 0 ? Math.round((words / turns) * 10) / 10 : 0;
}

function round(n: number): string {
  return String(Math.round(n * 100) / 100);
}

const STYLE = `body {
  font-family: var(--vscode-font-family);
  font-size: var(--vscode-font-size);
  color: var(--vscode-foreground);
  background: var(--vscode-editor-background);
  padding: 0 20px 24px;
  max-width: 960px;
}
h1 { font-size: 1.5em; font-weight: 600; margin: 18px 0 4px; }
a { color: var(--vscode-textLink-foreground); text-decoration: none; }
a:hover { color: var(--vscode-textLink-activeForeground); text-decoration: underline; }
h2 { font-size: 1.1em; font-weight: 600; margin: 24px 0 8px; padding-bottom: 4px; border-bottom: 1px solid var(--vscode-panel-border); }
.summary, .legend, .axis, .role { color: var(--vscode-descriptionForeground); }
.notice { color: var(--vscode-descriptionForeground); font-style: italic; }
.role { font-style: italic; }
table { border-collapse: collapse; width: 100%; }
th, td { padding: 4px 8px; text-align: left; border-bottom: 1px solid var(--vscode-panel-border); }
th { font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
tfoot td { font-weight: 600; border-bottom: none; }
.swatch { vertical-align: middle; margin-right: 4px; }
svg text { fill: var(--vscode-foreground); font-family: var(--vscode-font-family); font-size: 12px; }
.track { fill: var(--vscode-foreground); opacity: 0.08; }
/* A hairline of background between neighbouring turns, as thin at any panel width. */
.mark { stroke: var(--vscode-editor-background); stroke-width: 1px; vector-effect: non-scaling-stroke; }
.axis { display: flex; justify-content: space-between; font-size: 0.9em; margin-top: 2px; }
${SPEAKER_PALETTE.map((colour, i) => `.sp${i} { fill: var(${colour.variable}); }`).join('\n')}
.sp-other { fill: var(--vscode-descriptionForeground); opacity: 0.6; }`;
