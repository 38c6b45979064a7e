// `stenogram stats`: turns, words and share of words per speaker, and the tradition the file is read by.
import type { TranscriptStatistics } from '../../../protocol';
import { computeStatistics, showControls } from '../features';
import { message, type Locale } from '../l10n';
import { parseTranscript } from '../transcript';
import { ITEMS, type FileCommand } from './fileCommand';
import { readSource } from './read';

function formatStats(file: string, stats: TranscriptStatistics, locale: Locale): string[] {
  const rows = stats.speakers.map((s) => [showControls(s.name), String(s.turns), String(s.words), `${(s.share * 100).toFixed(1)}%`]);
  const head = [message(locale, 'stats.speaker'), message(locale, 'stats.turns'), message(locale, 'stats.words'), message(locale, 'stats.share')];
  const total = [message(locale, 'stats.total'), String(stats.turns), String(stats.words), stats.words > 0 ? '100.0%' : '0.0%'];
  const widths = head.map((h, c) => Math.max(h.length, total[c].length, ...rows.map((r) => r[c].length)));
  const fmt = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  const tradition = message(locale, stats.tradition.detected ? 'stats.tradition.detected' : 'stats.tradition.named', stats.tradition.name);
  return [showControls(file + (stats.title ? ` — ${stats.title}` : '')), showControls(tradition), fmt(head), ...rows.map(fmt), fmt(total)];
}

/** `stats`: each file's table (a blank line between two), or the items of a JSON array. The count:
 *  `unreadable`. */
export const stats: FileCommand<undefined> = {
  document: (options) => (options.format === 'json' ? [ITEMS] : undefined),
  separator: (options) => (options.format === 'json' ? undefined : ''),
  state: () => undefined,
  file(file, options, _state, out) {
    const source = readSource(file, options, out.report);
    if (!source) return out.count('unreadable');
    const statistics = computeStatistics(parseTranscript(source.text, options.parse), { locale: options.locale });
    if (options.format === 'json') return out.item({ file, ...statistics });
    for (const line of formatStats(file, statistics, options.locale)) out.line(line);
  },
  finish: (counts) => (counts.unreadable ? 2 : 0),
};
