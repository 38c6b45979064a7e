// `stenogram lint|format|outline|stats` — the command-line front end over the same model and features
// as the language server.
import { chmodSync, copyFileSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type DocumentSymbol } from 'vscode-languageserver-types';
import { safeFixes } from './features/codeActions';
import { computeFindings, RULE_CODES, toDiagnostic, type DiagnosticOptions, type Finding } from './features/diagnostics';
import { DEFAULT_FORMAT_SETTINGS, formatTranscript, type FormatOptions, type OmissionMarkStyle } from './features/formatting';
import { computeStatistics, type TranscriptStatistics } from './features/statistics';
import { documentSymbols } from './features/symbols';
import { localeOf, message, type Locale } from './l10n';
import { rulesDocumentUrl } from './rulesDocument';
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
  --backup             with --fix: keep the original as FILE.bak
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
  --tradition auto|kremlin|us-press|us-hearing|parliament|dialogue|speech-to-text
                       read the files by this tradition's labels (default: auto, detected per file)
  --lang en|ru         language of messages (default: from LANG)
  -h, --help           this help

Exit codes: 0 no errors, 1 errors found (lint) or files to format (format --check),
2 bad usage or a file that cannot be read.`;

class UsageError extends Error {}

interface Options {
  format: 'text' | 'json' | 'sarif';
  fix: boolean;
  backup: boolean;
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
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--json') options.format = 'json';
    else if (a === '--format') options.format = value(a, ++i, command === 'lint' ? ['text', 'json', 'sarif'] : ['text', 'json']) as Options['format'];
    else if (a === '--fix' && command === 'lint') options.fix = true;
    else if (a === '--backup' && command === 'lint') options.backup = true;
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
      const owner = ['--fix', '--backup', '--initials'].includes(a) ? 'lint' : a === '--check' || a === '--omission-marks' || a in FORMAT_FLAGS ? 'format' : undefined;
      throw new UsageError(`unknown option ${a}${owner ? ` (it belongs to ${owner})` : ''}`);
    }
    else options.paths.push(a);
  }
  if (options.backup && !options.fix) throw new UsageError('--backup goes with --fix');
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

interface Source {
  /** The text without a BOM, as VS Code shows it, so that columns agree with the editor. */
  text: string;
  hasBom: boolean;
}

// ignoreBOM keeps a BOM in the decoded text, so that --fix can write it back.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function readSource(file: string): Source {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UsageError(`${file}: cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    throw new UsageError(`${file}: not UTF-8 text; left untouched`);
  }
  const hasBom = text.charCodeAt(0) === 0xfeff;
  return { text: hasBom ? text.slice(1) : text, hasBom };
}

function readTranscript(file: string, parse: ParseOptions) {
  return parseTranscript(readSource(file).text, parse);
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

/** Write through a temporary file in the same folder and rename it over the original, so a crash
 *  never leaves half a transcript; the file's mode is kept. */
function writeAtomically(file: string, content: string, backup: boolean): void {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.stenogram-tmp`);
  const mode = statSync(file).mode;
  try {
    writeFileSync(tmp, content, { encoding: 'utf8', mode });
    chmodSync(tmp, mode);
    if (backup) copyFileSync(file, `${file}.bak`);
    renameSync(tmp, file);
  } catch (error) {
    try {
      unlinkSync(tmp);
    } catch {
      // nothing to clean up
    }
    throw new UsageError(`${file}: cannot write (${(error as NodeJS.ErrnoException).code ?? String(error)}); left untouched`);
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
  findings: Finding[];
  fixed: number;
}

function sarif(results: LintResult[], locale: Locale): unknown {
  const rulesUrl = rulesDocumentUrl();
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
        results: results.flatMap(({ file, findings }) =>
          findings.map((f) => ({
            ruleId: f.code,
            ruleIndex: RULE_CODES.indexOf(f.code),
            level: SARIF_LEVELS[f.severity],
            message: { text: f.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: file.startsWith('/') ? pathToFileURL(file).href : file.split('\\').join('/') },
                  region: {
                    startLine: f.range.start.line + 1,
                    startColumn: f.range.start.character + 1,
                    endLine: f.range.end.line + 1,
                    endColumn: f.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
        properties: { locale },
      },
    ],
  };
}

/** A file read as UTF-8, or undefined when it cannot be (said on stderr). */
function readOrReport(file: string): Source | undefined {
  try {
    return readSource(file);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`stenogram: ${error.message}\n`);
    return undefined;
  }
}

function lint(files: string[], options: Options, write: (s: string) => void): number {
  const diagnosticOptions: DiagnosticOptions = { locale: options.locale, initials: options.initials };
  const results: LintResult[] = [];
  let unreadable = 0;
  for (const file of files) {
    let source = readOrReport(file);
    if (!source) {
      unreadable++;
      continue;
    }
    let fixed = 0;
    if (options.fix) {
      const result = fixText(source.text, diagnosticOptions, options.parse);
      if (result.text !== source.text) {
        try {
          writeAtomically(file, (source.hasBom ? '\uFEFF' : '') + result.text, options.backup);
        } catch (error) {
          if (!(error instanceof UsageError)) throw error;
          process.stderr.write(`stenogram: ${error.message}\n`);
          unreadable++;
          continue;
        }
        source = { ...source, text: result.text };
        fixed = result.fixed;
      }
    }
    results.push({ file, findings: computeFindings(parseTranscript(source.text, options.parse), diagnosticOptions), fixed });
  }
  const errors = results.reduce((n, r) => n + r.findings.filter((f) => f.severity === DiagnosticSeverity.Error).length, 0);
  if (options.format === 'sarif') write(JSON.stringify(sarif(results, options.locale), null, 2));
  else if (options.format === 'json') {
    const rulesUrl = rulesDocumentUrl();
    write(JSON.stringify(results.map((r) => ({ file: r.file, fixed: r.fixed, diagnostics: r.findings.map((f) => toDiagnostic(f, rulesUrl)) })), null, 2));
  } else {
    for (const { file, findings, fixed } of results) {
      if (fixed > 0) write(`${file}: fixed ${fixed} problem(s)`);
      for (const f of findings) {
        write(`${file}:${f.range.start.line + 1}:${f.range.start.character + 1} ${SEVERITY_NAMES[f.severity]} ${f.code} ${f.message}`);
      }
    }
    const total = results.reduce((n, r) => n + r.findings.length, 0);
    write(`${results.length} file(s), ${total} problem(s), ${errors} error(s)`);
  }
  if (unreadable > 0) return 2;
  return errors > 0 ? 1 : 0;
}

/** `format`: rewrite each file that formatting changes (BOM and line endings kept, as the edits never
 *  touch them); with `--check`, change nothing and list those files instead. A file that is not
 *  UTF-8 is reported and left untouched. */
function format(files: string[], options: Options, write: (s: string) => void): number {
  let changed = 0;
  let unreadable = 0;
  let unwritable = 0;
  for (const file of files) {
    const source = readOrReport(file);
    if (!source) {
      unreadable++;
      continue;
    }
    const formatted = formatText(source.text, options.formatting, options.parse);
    if (formatted === source.text) continue;
    changed++;
    if (options.check) {
      write(file);
      continue;
    }
    try {
      writeAtomically(file, (source.hasBom ? '\uFEFF' : '') + formatted, false);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      process.stderr.write(`stenogram: ${error.message}\n`);
      unwritable++;
      continue;
    }
    write(`${file}: formatted`);
  }
  const readable = files.length - unreadable;
  if (options.check) write(`${changed} of ${readable} file(s) would be reformatted`);
  else write(`${changed - unwritable} of ${readable} file(s) reformatted`);
  if (unreadable + unwritable > 0) return 2;
  return options.check && changed > 0 ? 1 : 0;
}

function printSymbols(symbols: DocumentSymbol[], depth: number, write: (s: string) => void): void {
  for (const s of symbols) {
    const line = String(s.selectionRange.start.line + 1).padStart(5);
    write(`${line}  ${'  '.repeat(depth)}${s.name}${s.detail ? `  — ${s.detail}` : ''}`);
    if (s.children) printSymbols(s.children, depth + 1, write);
  }
}

function outline(files: string[], options: Options, write: (s: string) => void): number {
  const all = files.map((file) => ({ file, symbols: documentSymbols(readTranscript(file, options.parse), options.locale) }));
  if (options.format === 'json') write(JSON.stringify(all, null, 2));
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
  const tradition = message(locale, stats.tradition.detected ? 'stats.tradition.detected' : 'stats.tradition.named', stats.tradition.name);
  return [file + (stats.title ? ` — ${stats.title}` : ''), tradition, fmt(head), ...rows.map(fmt), fmt(total)];
}

function stats(files: string[], options: Options, write: (s: string) => void): number {
  const all = files.map((file) => ({ file, ...computeStatistics(readTranscript(file, options.parse), { locale: options.locale }) }));
  if (options.format === 'json') write(JSON.stringify(all, null, 2));
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
    if (!['lint', 'format', 'outline', 'stats'].includes(command)) throw new UsageError(`unknown command ${command}`);
    const options = parseArgs(command, rest);
    const files = collectFiles(options.paths);
    switch (command) {
      case 'lint':
        return lint(files, options, write);
      case 'format':
        return format(files, options, write);
      case 'outline':
        return outline(files, options, write);
      case 'stats':
        return stats(files, options, write);
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
