// `stenogram lint|format|outline|stats` — the command-line front end over the same model and features
// as the language server.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type DocumentSymbol } from 'vscode-languageserver-types';
import {
  capFindings,
  cappedDiagnostics,
  computeFindings,
  computeStatistics,
  DEFAULT_FORMAT_SETTINGS,
  DEFAULT_MAX_PROBLEMS,
  documentSymbols,
  formatTranscript,
  omittedDiagnostic,
  RULE_CODES,
  safeFixes,
  showControls,
  terminalSafeJson,
  type DiagnosticOptions,
  type Finding,
  type FormatOptions,
  type OmissionMarkStyle,
} from './features';
import type { TranscriptStatistics } from '../../protocol';
import { FileRefusal, readRegularFileSync, refusalText, replaceFile, type FileSnapshot } from './files';
import { localeOf, message, type Locale, type MessageId } from './l10n';
import { rulesDocumentUrl } from './rulesDocument';
import { DEFAULT_MAX_SIZE } from './settings';
import { analysisLimit, lineCount, maxBytesFor, millions } from './sizeLimit';
import { parseTranscript, TRADITION_IDS, type ParseOptions } from './transcript';

const EXTENSIONS = ['.transcript', '.stenogram'];
/** `--fix` repeats until no safe fix is left (a fix can reveal another), at most this many times. */
const MAX_FIX_PASSES = 10;

const USAGE = `Usage: stenogram <command> [options] FILE|DIR…

Commands:
  lint FILE|DIR…     print diagnostics as file:line:col severity code message; exit 1 on errors
  format FILE|DIR…   format the files in place (atomically), as Format Document does in the editor
  outline FILE|DIR…  print the outline: header, lead, sections and one line per turn
  stats FILE|DIR…    print turns, words and share of words per speaker

Options:
  --json               machine-readable output (same as --format json)
  --format text|json|sarif
                       output format (lint: SARIF 2.1.0 for code-scanning tools)
  --fix                lint: apply the safe fixes and rewrite the files (atomically)
  --backup             with --fix: keep the original as FILE.bak (never overwrites one)
  --force              with --fix or format: rewrite read-only files too
  --max-problems N|all lint: print at most N problems per file (default: ${DEFAULT_MAX_PROBLEMS}), then how many more
  --max-size N         the largest transcript read, in millions of characters (default: ${DEFAULT_MAX_SIZE}),
                       and 10,000 lines per million
  --initials auto|compact|spaced
                       lint: how initials in labels are written (default: as most labels of the file)
  --check              format: change nothing; list the files that would change, exit 1 if any
  --normalize-labels   format: rewrite labels to each speaker's usual form (Путин В.В. → В.Путин)
  --omission-marks keep|entity|angle
                       format: write omission marks as they are, as &lt;…&gt; or as <…> (default: keep)
  --no-trim-trailing-whitespace, --no-label-spacing, --no-collapse-blank-lines
                       format: leave out that step (each is on by default)
  --insert-final-newline, --trim-final-newlines
                       format: end the file with exactly one line break (off by default)
  --tradition auto|kremlin|court|us-press|us-hearing|parliament|dialogue|speech-to-text
                       read the files by this tradition's labels (default: auto, detected per file)
  --lang en|ru         language of messages (default: from LANG)
  -h, --help           this help

Only regular files are read (links are followed to them; FIFOs, devices and sockets are skipped).
Control characters in names and text are printed escaped (\x1b, \u202e).

Exit codes: 0 no errors, 1 errors found (lint) or files to format (format --check),
2 bad usage, a folder without transcripts, or a file that cannot be read or written (the others are
still processed).`;

class UsageError extends Error {}

interface Options {
  format: 'text' | 'json' | 'sarif';
  fix: boolean;
  backup: boolean;
  force: boolean;
  /** Problems printed per file; Infinity with `--max-problems all`. */
  maxProblems: number;
  maxSize: number;
  initials: 'auto' | 'compact' | 'spaced';
  locale: Locale;
  paths: string[];
  check: boolean;
  formatting: FormatOptions;
  /** How every file is read: `--tradition`. */
  parse: ParseOptions;
}

function parseArgs(command: string, args: string[]): Options {
  const options: Options = {
    format: 'text',
    fix: false,
    backup: false,
    force: false,
    maxProblems: DEFAULT_MAX_PROBLEMS,
    maxSize: DEFAULT_MAX_SIZE,
    initials: 'auto',
    locale: localeOf(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG),
    paths: [],
    check: false,
    formatting: { ...DEFAULT_FORMAT_SETTINGS, insertFinalNewline: false, trimFinalNewlines: false },
    parse: { tradition: 'auto' },
  };
  const FORMAT_FLAGS: Record<string, [keyof FormatOptions, boolean]> = {
    '--normalize-labels': ['normalizeLabels', true],
    '--no-trim-trailing-whitespace': ['trimTrailingWhitespace', false],
    '--no-label-spacing': ['labelSpacing', false],
    '--no-collapse-blank-lines': ['collapseBlankLines', false],
    '--insert-final-newline': ['insertFinalNewline', true],
    '--trim-final-newlines': ['trimFinalNewlines', true],
  };
  const value = (flag: string, i: number, allowed: readonly string[]): string => {
    const v = args[i];
    if (v === undefined || !allowed.includes(v)) throw new UsageError(`${flag} takes ${allowed.join(' or ')}, not ${v ?? 'nothing'}`);
    return v;
  };
  const positive = (flag: string, v: string | undefined, allowAll: boolean): number => {
    if (allowAll && v === 'all') return Infinity;
    const n = Number(v);
    if (v === undefined || !Number.isFinite(n) || n <= 0 || (allowAll && !Number.isInteger(n))) {
      throw new UsageError(`${flag} takes a positive ${allowAll ? 'whole number or all' : 'number'}, not ${v ?? 'nothing'}`);
    }
    return n;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') options.format = 'json';
    else if (a === '--format') options.format = value(a, ++i, command === 'lint' ? ['text', 'json', 'sarif'] : ['text', 'json']) as Options['format'];
    else if (a === '--fix' && command === 'lint') options.fix = true;
    else if (a === '--backup' && command === 'lint') options.backup = true;
    else if (a === '--force' && (command === 'lint' || command === 'format')) options.force = true;
    else if (a === '--max-problems' && command === 'lint') options.maxProblems = positive(a, args[++i], true);
    else if (a === '--max-size') options.maxSize = positive(a, args[++i], false);
    else if (a === '--initials' && command === 'lint') options.initials = value(a, ++i, ['auto', 'compact', 'spaced']) as Options['initials'];
    else if (a === '--check' && command === 'format') options.check = true;
    else if (a in FORMAT_FLAGS && command === 'format') {
      const [name, on] = FORMAT_FLAGS[a];
      (options.formatting as unknown as Record<string, boolean>)[name] = on;
    } else if (a === '--omission-marks' && command === 'format') {
      options.formatting.omissionMarks = value(a, ++i, ['keep', 'entity', 'angle']) as OmissionMarkStyle;
    } else if (a === '--tradition') options.parse = { tradition: value(a, ++i, ['auto', ...TRADITION_IDS]) as ParseOptions['tradition'] };
    else if (a === '--lang') options.locale = value(a, ++i, ['en', 'ru']) as Locale;
    else if (a === '--') options.paths.push(...args.splice(i + 1));
    else if (a.startsWith('-')) {
      const owner = ['--fix', '--backup', '--initials', '--max-problems'].includes(a) ? 'lint' : a === '--check' || a === '--omission-marks' || a in FORMAT_FLAGS ? 'format' : undefined;
      throw new UsageError(`unknown option ${a}${owner ? ` (it belongs to ${owner})` : ''}`);
    }
    else options.paths.push(a);
  }
  if (options.backup && !options.fix) throw new UsageError('--backup goes with --fix');
  if (options.force && command === 'lint' && !options.fix) throw new UsageError('--force goes with --fix');
  if (options.paths.length === 0) throw new UsageError('no FILE or DIR given');
  return options;
}

/** Prints what went wrong with one path on stderr (escaped), for the command to go on with the others. */
type Report = (id: MessageId, ...args: (string | number)[]) => void;

function reporter(locale: Locale): Report {
  return (id, ...args) => process.stderr.write(`stenogram: ${showControls(message(locale, id, ...args))}\n`);
}

const isTranscriptName = (name: string) => EXTENSIONS.some((e) => name.endsWith(e));

/** Files named on the command line, and transcripts found below named folders, in a stable order.
 *  Links inside a folder are not followed into folders (no loop can be walked); a link, FIFO or
 *  device with a transcript's name is listed, for the reader to refuse. A path that does not exist,
 *  a folder that cannot be read or that holds no transcript is reported; false when any was. */
export function collectFiles(paths: string[], locale: Locale, report: Report = () => {}): { files: string[]; ok: boolean } {
  const out: string[] = [];
  let ok = true;
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      report('cli.folder-unreadable', dir, (error as NodeJS.ErrnoException).code ?? String(error));
      ok = false;
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (isTranscriptName(entry.name)) out.push(full);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      if (code === 'ENOENT') report('cli.no-such-path', p);
      else report('cli.skipped', p, refusalText(locale, new FileRefusal('error', code), 0));
      ok = false;
      continue;
    }
    if (!st.isDirectory()) {
      out.push(p);
      continue;
    }
    const before = out.length;
    walk(p);
    if (out.length === before) {
      report('cli.no-transcripts', p);
      ok = false;
    }
  }
  return { files: out, ok };
}

interface Source {
  /** The text without a BOM, as VS Code shows it, so that columns agree with the editor. */
  text: string;
  hasBom: boolean;
  /** What was read, for a rewrite to check that the file is still the same. */
  snapshot: FileSnapshot;
}

// ignoreBOM keeps a BOM in the decoded text, so that --fix can write it back.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A transcript read as UTF-8, or undefined when it cannot be (said on stderr): not a regular file,
 *  above the size limit (characters or lines), or not UTF-8. */
function readSource(file: string, options: Options, report: Report): Source | undefined {
  const maxBytes = maxBytesFor(options.maxSize);
  let snapshot: FileSnapshot;
  try {
    snapshot = readRegularFileSync(file, maxBytes);
  } catch (error) {
    if (!(error instanceof FileRefusal)) throw error;
    report('cli.skipped', file, refusalText(options.locale, error, maxBytes));
    return undefined;
  }
  let text: string;
  try {
    text = UTF8.decode(snapshot.bytes);
  } catch {
    report('cli.not-utf8', file);
    return undefined;
  }
  const limit = analysisLimit(options.maxSize);
  const lines = lineCount(text);
  if (text.length > limit.characters || lines > limit.lines) {
    const linesText = (n: number) => message(options.locale, 'cli.lines', n);
    report('cli.too-large', file, millions(options.locale, text.length / 1_000_000), linesText(lines), options.maxSize, millions(options.locale, options.maxSize), linesText(limit.lines));
    return undefined;
  }
  const hasBom = text.charCodeAt(0) === 0xfeff;
  return { text: hasBom ? text.slice(1) : text, hasBom, snapshot };
}

/** Hands each file that can be read to `use`, in order, each read only when the one before is done
 *  with (a file named twice is read again after its rewrite); the others are reported. Returns how
 *  many could not be read. */
function forEachReadable(files: string[], options: Options, report: Report, use: (file: string, source: Source) => void): number {
  let unreadable = 0;
  for (const file of files) {
    const source = readSource(file, options, report);
    if (source) use(file, source);
    else unreadable++;
  }
  return unreadable;
}

/** Apply safe fixes until none is left. Returns the new text and how many findings were fixed. */
export function fixText(text: string, options: DiagnosticOptions, parse: ParseOptions = {}): { text: string; fixed: number } {
  let fixed = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixes = safeFixes(computeFindings(parseTranscript(text, parse), options));
    if (fixes.edits.length === 0) break;
    const document = TextDocument.create('file:///fix', 'transcript', pass, text);
    const next = TextDocument.applyEdits(document, fixes.edits);
    if (next === text) break;
    fixed += fixes.fixed;
    text = next;
  }
  return { text, fixed };
}

/** `text` formatted as Format Document formats it with `options` (one pass: formatting is idempotent). */
export function formatText(text: string, options: FormatOptions, parse: ParseOptions = {}): string {
  const edits = formatTranscript(parseTranscript(text, parse), options);
  if (edits.length === 0) return text;
  return TextDocument.applyEdits(TextDocument.create('file:///format', 'transcript', 0, text), edits);
}

/** Rewrite `file` with `text` (its BOM put back) as files.ts `replaceFile` does; false, with the
 *  reason on stderr, when the file is left as it was. */
function rewrite(file: string, source: Source, text: string, options: Options, report: Report): boolean {
  const backup = options.backup ? `${file}.bak` : undefined;
  try {
    replaceFile(file, source.snapshot, Buffer.from((source.hasBom ? '\uFEFF' : '') + text, 'utf8'), { backup, force: options.force });
    return true;
  } catch (error) {
    if (!(error instanceof FileRefusal)) throw error;
    if (error.reason === 'read-only') report('cli.read-only', file);
    else if (error.reason === 'changed') report('cli.changed', file);
    else if (error.reason === 'backup-exists') report('cli.backup-exists', file, backup ?? '');
    else report('cli.cannot-write', file, error.reason === 'error' ? error.detail : refusalText(options.locale, error, 0));
    return false;
  }
}

const SEVERITY_NAMES: Record<number, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info',
  [DiagnosticSeverity.Hint]: 'hint',
};

const SARIF_LEVELS: Record<number, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'note',
  [DiagnosticSeverity.Hint]: 'note',
};

interface LintResult {
  file: string;
  /** Every finding (they count toward the summary and the exit code); the first `maxProblems` are printed. */
  findings: Finding[];
  fixed: number;
}

/** A path as a SARIF artifact URI: percent-encoded, so no control character or space is left raw. */
function artifactUri(file: string): string {
  if (file.startsWith('/')) return pathToFileURL(file).href;
  return file
    .split(/[\\/]/)
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

function sarif(results: LintResult[], options: Options): unknown {
  const rulesUrl = rulesDocumentUrl();
  const result = (file: string, code: string, level: string, text: string, range: Finding['range']) => ({
    ruleId: code,
    ...(RULE_CODES.includes(code as Finding['code']) ? { ruleIndex: RULE_CODES.indexOf(code as Finding['code']) } : {}),
    level,
    message: { text },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(file) },
          region: {
            startLine: range.start.line + 1,
            startColumn: range.start.character + 1,
            endLine: range.end.line + 1,
            endColumn: range.end.character + 1,
          },
        },
      },
    ],
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'stenogram',
            informationUri: rulesUrl,
            rules: RULE_CODES.map((id) => ({ id, helpUri: `${rulesUrl}#${id}` })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap(({ file, findings }) => {
          const { shown, omitted } = capFindings(findings, options.maxProblems);
          const out = shown.map((f) => result(file, f.code, SARIF_LEVELS[f.severity], f.message, f.range));
          if (omitted) {
            const d = omittedDiagnostic(omitted, options.maxProblems, options.locale, 'flag');
            out.push(result(file, String(d.code), 'note', d.message, d.range));
          }
          return out;
        }),
        properties: { locale: options.locale },
      },
    ],
  };
}

function lint(files: string[], options: Options, write: (s: string) => void, report: Report): number {
  const diagnosticOptions: DiagnosticOptions = { locale: options.locale, initials: options.initials };
  const results: LintResult[] = [];
  let unwritable = 0;
  const unreadable = forEachReadable(files, options, report, (file, read) => {
    let source = read;
    let fixed = 0;
    if (options.fix) {
      const result = fixText(source.text, diagnosticOptions, options.parse);
      if (result.text !== source.text) {
        // A file left as it was is reported as it is: its findings still count.
        if (rewrite(file, source, result.text, options, report)) {
          source = { ...source, text: result.text };
          fixed = result.fixed;
        } else unwritable++;
      }
    }
    results.push({ file, findings: computeFindings(parseTranscript(source.text, options.parse), diagnosticOptions), fixed });
  });
  const failed = unreadable + unwritable;
  const errors = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === DiagnosticSeverity.Error).length, 0);
  if (options.format === 'sarif') write(terminalSafeJson(sarif(results, options)));
  else if (options.format === 'json') {
    const rulesUrl = rulesDocumentUrl();
    const json = results.map((r) => ({
      file: r.file,
      fixed: r.fixed,
      diagnostics: cappedDiagnostics(r.findings, options.maxProblems, options.locale, 'flag', rulesUrl),
    }));
    write(terminalSafeJson(json));
  } else {
    for (const { file, findings, fixed } of results) {
      const name = showControls(file);
      if (fixed > 0) write(`${name}: fixed ${fixed} problem(s)`);
      const { shown, omitted } = capFindings(findings, options.maxProblems);
      const line = (at: Finding['range']['start'], severity: number, code: string, text: string) =>
        write(`${name}:${at.line + 1}:${at.character + 1} ${SEVERITY_NAMES[severity]} ${code} ${showControls(text)}`);
      for (const f of shown) line(f.range.start, f.severity, f.code, f.message);
      if (omitted) {
        const d = omittedDiagnostic(omitted, options.maxProblems, options.locale, 'flag');
        line(d.range.start, DiagnosticSeverity.Information, String(d.code), d.message);
      }
    }
    const total = results.reduce((n, r) => n + r.findings.length, 0);
    write(`${results.length} file(s), ${total} problem(s), ${errors} error(s)`);
  }
  if (failed > 0) return 2;
  return errors > 0 ? 1 : 0;
}

/** `format`: rewrite each file that formatting changes (BOM and line endings kept, as the edits never
 *  touch them); with `--check`, change nothing and list those files instead. A file that cannot be
 *  read or rewritten is reported and left untouched. */
function format(files: string[], options: Options, write: (s: string) => void, report: Report): number {
  let changed = 0;
  let unwritable = 0;
  const unreadable = forEachReadable(files, options, report, (file, source) => {
    const formatted = formatText(source.text, options.formatting, options.parse);
    if (formatted === source.text) return;
    changed++;
    if (options.check) write(showControls(file));
    else if (rewrite(file, source, formatted, options, report)) write(`${showControls(file)}: formatted`);
    else unwritable++;
  });
  const readable = files.length - unreadable;
  if (options.check) write(`${changed} of ${readable} file(s) would be reformatted`);
  else write(`${changed - unwritable} of ${readable} file(s) reformatted`);
  if (unreadable + unwritable > 0) return 2;
  return options.check && changed > 0 ? 1 : 0;
}

function printSymbols(symbols: DocumentSymbol[], depth: number, write: (s: string) => void): void {
  for (const s of symbols) {
    const line = String(s.selectionRange.start.line + 1).padStart(5);
    write(`${line}  ${'  '.repeat(depth)}${showControls(s.name)}${s.detail ? `  — ${showControls(s.detail)}` : ''}`);
    if (s.children) printSymbols(s.children, depth + 1, write);
  }
}

/** Each file that can be read, with what `compute` makes of its model; the others are reported. */
function readAll<T>(files: string[], options: Options, report: Report, compute: (text: string) => T): { results: ({ file: string } & T)[]; failed: boolean } {
  const results: ({ file: string } & T)[] = [];
  const unreadable = forEachReadable(files, options, report, (file, source) => results.push({ file, ...compute(source.text) }));
  return { results, failed: unreadable > 0 };
}

function outline(files: string[], options: Options, write: (s: string) => void, report: Report): number {
  const { results, failed } = readAll(files, options, report, (text) => ({ symbols: documentSymbols(parseTranscript(text, options.parse), options.locale, options.format !== 'json') }));
  if (options.format === 'json') write(terminalSafeJson(results));
  else
    for (const { file, symbols } of results) {
      write(showControls(file));
      printSymbols(symbols, 0, write);
    }
  return failed ? 2 : 0;
}

function formatStats(file: string, stats: TranscriptStatistics, locale: Locale): string[] {
  const rows = stats.speakers.map((s) => [showControls(s.name), String(s.turns), String(s.words), `${(s.share * 100).toFixed(1)}%`]);
  const head = [message(locale, 'stats.speaker'), message(locale, 'stats.turns'), message(locale, 'stats.words'), message(locale, 'stats.share')];
  const total = [message(locale, 'stats.total'), String(stats.turns), String(stats.words), stats.words > 0 ? '100.0%' : '0.0%'];
  const widths = head.map((h, c) => Math.max(h.length, total[c].length, ...rows.map((r) => r[c].length)));
  const fmt = (r: string[]) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  const tradition = message(locale, stats.tradition.detected ? 'stats.tradition.detected' : 'stats.tradition.named', stats.tradition.name);
  return [showControls(file + (stats.title ? ` — ${stats.title}` : '')), showControls(tradition), fmt(head), ...rows.map(fmt), fmt(total)];
}

function stats(files: string[], options: Options, write: (s: string) => void, report: Report): number {
  const { results, failed } = readAll(files, options, report, (text) => computeStatistics(parseTranscript(text, options.parse), { locale: options.locale }));
  if (options.format === 'json') write(terminalSafeJson(results));
  else
    results.forEach((s, i) => {
      if (i > 0) write('');
      for (const line of formatStats(s.file, s, options.locale)) write(line);
    });
  return failed ? 2 : 0;
}

export function main(argv: string[], write: (s: string) => void = (s) => process.stdout.write(s + '\n')): number {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    write(USAGE);
    return command ? 0 : 2;
  }
  try {
    if (!['lint', 'format', 'outline', 'stats'].includes(command)) throw new UsageError(`unknown command ${command}`);
    const options = parseArgs(command, rest);
    const report = reporter(options.locale);
    const { files, ok } = collectFiles(options.paths, options.locale, report);
    if (files.length === 0) return 2;
    const run = { lint, format, outline, stats }[command as 'lint' | 'format' | 'outline' | 'stats'];
    const code = run(files, options, write, report);
    return ok ? code : 2;
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
