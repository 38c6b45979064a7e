// `stenogram stats`: turns, words and share of words per speaker, and the tradition the file is read by.
import type { TranscriptStatistics } from '../../../protocol';
import { computeStatistics, showControls, terminalSafeJson } from '../features';
import { message, type Locale } from '../l10n';
import { parseTranscript } from '../transcript';
import type { Options } from './options';
import { readAll, type Report } from './read';

function formatStats(file: string, stats: TranscriptStatistics, locale: Locale): string[] {
  const rows = stats.speakers.map((s) => [showControls(s.name), String(s.turns), String(s.words), `${(s.share * 100).toFixed(1)}%`]);
  const head = [message(locale, 'stats.speaker'), message(locale, 'stats.turns'), message(locale, 'stats.words'), message(locale, 'stats.share')];
  const total = [message(locale, 'stats.total'), String(stats.turns), String(stats.words), stats.words > 0 ? '100.0%' : '0.0%'];
  const widths = head.map((h, c) => Math.max(h.length, total[c].length, ...rows.map((r) => r[c].length)));
  const fmt = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  const tradition = message(locale, stats.tradition.detected ? 'stats.tradition.detected' : 'stats.tradition.named', stats.tradition.name);
  return [showControls(file + (stats.title ? ` — ${stats.title}` : '')), showControls(tradition), fmt(head), ...rows.map(fmt), fmt(total)];
}

export function stats(files: string[], options: Options, write: (s: string) => void, report: Report): number {
  const { results, failed } = readAll(files, options, report, (text) => computeStatistics(parseTranscript(text, options.parse), { locale: options.locale }));
  if (options.format === 'json') write(terminalSafeJson(results));
  else
    results.forEach((s, i) => {
      if (i > 0) write('');
      for (const line of formatStats(s.file, s, options.locale)) write(line);
    });
  return failed ? 2 : 0;
}
