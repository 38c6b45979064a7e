// `stenogram lint|outline|stats` — the command-line front end over the same model and features
// as the language server.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DiagnosticSeverity, type DocumentSymbol } from 'vscode-languageserver-types';
import { computeDiagnostics } from './features/diagnostics';
import { computeStatistics, type TranscriptStatistics } from './features/statistics';
import { documentSymbols } from './features/symbols';
import { localeOf, message, type Locale } from './l10n';
import { parseTranscript } from './transcript';

const EXTENSIONS = ['.transcript', '.stenogram'];

const USAGE = `Usage: stenogram <command> [options] FILE|DIR…

Commands:
  lint FILE|DIR…     print diagnostics as file:line:col severity code message; exit 1 on errors
  outline FILE|DIR…  print the outline: header, lead, sections and one line per turn
  stats FILE|DIR…    print turns, words and share of words per speaker

Options:
  --json             machine-readable output
  --lang en|ru       language of messages (default: from LANG)
  -h, --help         this help`;

class UsageError extends Error {}

interface Options {
  json: boolean;
  locale: Locale;
  paths: string[];
}

function parseArgs(args: string[]): Options {
  const options: Options = { json: false, locale: localeOf(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG), paths: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') options.json = true;
    else if (a === '--lang') {
      const v = args[++i];
      if (v !== 'en' && v !== 'ru') throw new UsageError(`--lang takes en or ru, not ${v ?? 'nothing'}`);
      options.locale = v;
    } else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else options.paths.push(a);
  }
  if (options.paths.length === 0) throw new UsageError('no FILE or DIR given');
  return options;
}

/** Files named on the command line, and transcripts found below named folders, in a stable order. */
export function collectFiles(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (EXTENSIONS.some((e) => entry.name.endsWith(e))) out.push(full);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      throw new UsageError(`${p}: no such file or folder`);
    }
    if (st.isDirectory()) walk(p);
    else out.push(p);
  }
  return out;
}

function readTranscript(file: string) {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  // VS Code drops a UTF-8 BOM when it opens a file; do the same so that columns agree with the editor.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return parseTranscript(text);
}

const SEVERITY_NAMES: Record<number, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info',
  [DiagnosticSeverity.Hint]: 'hint',
};

function lint(files: string[], options: Options, write: (s: string) => void): number {
  let errors = 0;
  const report: { file: string; diagnostics: ReturnType<typeof computeDiagnostics> }[] = [];
  for (const file of files) {
    const diagnostics = computeDiagnostics(readTranscript(file), { locale: options.locale });
    errors += diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error).length;
    report.push({ file, diagnostics });
    if (!options.json) {
      for (const d of diagnostics) {
        write(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${SEVERITY_NAMES[d.severity ?? 1]} ${d.code} ${d.message}`);
      }
    }
  }
  if (options.json) write(JSON.stringify(report, null, 2));
  else {
    const total = report.reduce((n, r) => n + r.diagnostics.length, 0);
    write(`${files.length} file(s), ${total} problem(s), ${errors} error(s)`);
  }
  return errors > 0 ? 1 : 0;
}

function printSymbols(symbols: DocumentSymbol[], depth: number, write: (s: string) => void): void {
  for (const s of symbols) {
    const line = String(s.selectionRange.start.line + 1).padStart(5);
    write(`${line}  ${'  '.repeat(depth)}${s.name}${s.detail ? `  — ${s.detail}` : ''}`);
    if (s.children) printSymbols(s.children, depth + 1, write);
  }
}

function outline(files: string[], options: Options, write: (s: string) => void): number {
  const all = files.map((file) => ({ file, symbols: documentSymbols(readTranscript(file), options.locale) }));
  if (options.json) write(JSON.stringify(all, null, 2));
  else
    for (const { file, symbols } of all) {
      write(file);
      printSymbols(symbols, 0, write);
    }
  return 0;
}

function formatStats(file: string, stats: TranscriptStatistics, locale: Locale): string[] {
  const rows = stats.speakers.map((s) => [s.name, String(s.turns), String(s.words), `${(s.share * 100).toFixed(1)}%`]);
  const head = [message(locale, 'stats.speaker'), message(locale, 'stats.turns'), message(locale, 'stats.words'), message(locale, 'stats.share')];
  const total = [message(locale, 'stats.total'), String(stats.turns), String(stats.words), stats.words > 0 ? '100.0%' : '0.0%'];
  const widths = head.map((h, c) => Math.max(h.length, total[c].length, ...rows.map((r) => r[c].length)));
  const fmt = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  return [file + (stats.title ? ` — ${stats.title}` : ''), fmt(head), ...rows.map(fmt), fmt(total)];
}

function stats(files: string[], options: Options, write: (s: string) => void): number {
  const all = files.map((file) => ({ file, ...computeStatistics(readTranscript(file)) }));
  if (options.json) write(JSON.stringify(all, null, 2));
  else
    all.forEach((s, i) => {
      if (i > 0) write('');
      for (const line of formatStats(s.file, s, options.locale)) write(line);
    });
  return 0;
}

export function main(argv: string[], write: (s: string) => void = (s) => process.stdout.write(s + '\n')): number {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    write(USAGE);
    return command ? 0 : 2;
  }
  try {
    if (!['lint', 'outline', 'stats'].includes(command)) throw new UsageError(`unknown command ${command}`);
    const options = parseArgs(rest);
    const files = collectFiles(options.paths);
    const shown = files.map((f) => (f.startsWith('/') ? relative(process.cwd(), f) || f : f));
    switch (command) {
      case 'lint':
        return lint(shown, options, write);
      case 'outline':
        return outline(shown, options, write);
      case 'stats':
        return stats(shown, options, write);
      default:
        throw new UsageError(`unknown command ${command}`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`stenogram: ${error.message}\n${error.message.startsWith('unknown') || error.message.startsWith('no FILE') ? USAGE + '\n' : ''}`);
      return 2;
    }
    throw error;
  }
}

if (require.main === module) {
  // `stenogram stats … | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = main(process.argv.slice(2));
}
