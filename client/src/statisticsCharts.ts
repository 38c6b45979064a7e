// The statistics view's charts, as inline SVG drawn from the server's numbers: a bar per speaker of
// their share of the words, and a timeline with a mark per turn where it stands in the document;
// each with a legend that says what lengths, heights and colours mean. With `lineHref`, a bar opens
// the speaker's first turn and a mark its turn (SVG links to the one command the view allows).
import { PALETTE_SIZE, SPEAKER_PALETTE, speakerColourClass } from '../../protocol';
import type { Formatters, StatisticsData, StatisticsStrings } from './statisticsHtml';
import { escapeHtml } from './webviewPage';

/** The page's own style block: the speakers' colours, from the one palette (the style sheet,
 *  media/statistics.css, has the rest). */
export const PALETTE_STYLE = SPEAKER_PALETTE.map(({ colour }, i) => `.sp${i} { fill: ${colour}; }`).join('\n');

/** A square of the speaker's colour, as in the table, the legends and the editor's label colours. */
export function swatch(speakerIndex: number): string {
  return `<svg class="swatch" width="10" height="10" aria-hidden="true"><rect class="fill ${speakerColourClass(speakerIndex)}" width="10" height="10" rx="2"/></svg>`;
}

/** `inner` as a link to `line` when the view can open lines; as it is otherwise. */
function linked(inner: string, line: number, lineHref?: (line: number) => string): string {
  return lineHref ? `<a href="${escapeHtml(lineHref(line))}">${inner}</a>` : inner;
}

const BAR_ROW = 30;

/** One row per speaker: the name and share above a bar whose length is the share of all words. */
export function shareChart(data: StatisticsData, strings: StatisticsStrings, fmt: Formatters, lineHref?: (line: number) => string): string {
  const rows = data.speakers.map((s, i) => {
    const y = i * BAR_ROW;
    const share = fmt.percent(s.share);
    const width = Math.max(0, Math.min(1, s.share)) * 100;
    const bar =
      `<g><title>${escapeHtml(strings.shareBar(s.name, share, fmt.number(s.words)))}</title>` +
      `<text x="0" y="${y + 12}">${escapeHtml(s.name)}</text>` +
      `<text x="100%" y="${y + 12}" text-anchor="end">${escapeHtml(share)}</text>` +
      `<rect class="track" x="0" y="${y + 17}" width="100%" height="8" rx="2"/>` +
      `<rect class="fill ${speakerColourClass(i)}" x="0" y="${y + 17}" width="${round(width)}%" height="8" rx="2"/></g>`;
    return linked(bar, s.firstTurnLine, lineHref);
  });
  return `<h2>${escapeHtml(strings.shareChart)}</h2>
<svg class="bars" width="100%" height="${data.speakers.length * BAR_ROW}" role="img" aria-label="${escapeHtml(strings.shareChart)}">
${rows.join('\n')}
</svg>
<p class="legend">${escapeHtml(lineHref ? `${strings.shareLegend} ${strings.shareLegendClick}` : strings.shareLegend)}</p>`;
}

const TIMELINE_WIDTH = 1000;
const TIMELINE_HEIGHT = 40;

/** One mark per turn where it stands in the document, as wide as its lines, as tall as its words. */
export function timeline(data: StatisticsData, strings: StatisticsStrings, fmt: Formatters, lineHref?: (line: number) => string): string {
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
    const rect =
      `<rect class="mark ${speakerColourClass(m.speakerIndex)}" x="${round(x)}" y="${round(TIMELINE_HEIGHT - height)}" width="${round(width)}" height="${round(height)}">` +
      `<title>${escapeHtml(title)}</title></rect>`;
    return linked(rect, m.line, lineHref);
  });
  const explained = strings.timelineLegend(fmt.number(most));
  return `<h2>${escapeHtml(strings.timeline)}</h2>
<svg class="timeline" width="100%" height="${TIMELINE_HEIGHT}" viewBox="0 0 ${TIMELINE_WIDTH} ${TIMELINE_HEIGHT}" preserveAspectRatio="none" role="img" aria-label="${escapeHtml(strings.timeline)}">
<rect class="track" x="0" y="0" width="${TIMELINE_WIDTH}" height="${TIMELINE_HEIGHT}"/>
${rects.join('\n')}
</svg>
<div class="axis"><span>${escapeHtml(strings.line(fmt.number(1)))}</span><span>${escapeHtml(strings.line(fmt.number(lines)))}</span></div>
${colourKey(data, strings)}
<p class="legend">${escapeHtml(lineHref ? `${explained} ${strings.timelineLegendClick}` : explained)}</p>`;
}

/** Which colour is whose: the speakers with a colour of their own, then "every further speaker". */
function colourKey(data: StatisticsData, strings: StatisticsStrings): string {
  const keys = data.speakers.slice(0, PALETTE_SIZE).map((s, i) => `<span class="key">${swatch(i)}${escapeHtml(s.name)}</span>`);
  if (data.speakers.length > PALETTE_SIZE) keys.push(`<span class="key">${swatch(PALETTE_SIZE)}${escapeHtml(strings.otherSpeakers)}</span>`);
  return `<p class="legend colours">${keys.join(' ')}</p>`;
}

function round(n: number): string {
  return String(Math.round(n * 100) / 100);
}
