// The command line's arguments: the usage text, the options the commands read, and their parsing.
import { DEFAULT_FORMAT_SETTINGS, DEFAULT_MAX_PROBLEMS, EXPORT_FORMAT_IDS, type FormatOptions, type OmissionMarkStyle } from '../features';
import { localeOf, type Locale } from '../l10n';
import { DEFAULT_MAX_SIZE } from '../settings';
import { TRADITION_IDS, type ParseOptions } from '../transcript';

export const USAGE = `Usage: stenogram <command> [options] FILE|DIR…

Commands:
  lint FILE|DIR…     print diagnostics as file:line:col severity code message; exit 1 on errors
  format FILE|DIR…   format the files in place (atomically), as Format Document does in the editor
  outline FILE|DIR…  print the outline: header, lead, sections and one line per turn
  stats FILE|DIR…    print turns, words and share of words per speaker
  export --to FORMAT FILE|DIR… [-o OUT]
                     write the transcripts in another format (${EXPORT_FORMAT_IDS.join(', ')}); one FILE
                     without -o goes to standard output; several need -o DIR
  import FILE [-o OUT]
                     read a caption or speech-to-text file (WebVTT, SRT, Whisper or AssemblyAI JSON) as
                     a transcript, to standard output or to a new file OUT; on a problem, say its line

Options:
  --json               machine-readable output (same as --format json)
  --format text|json|sarif
                       output format (lint: SARIF 2.1.0 for code-scanning tools)
  --fix                lint: apply the safe fixes and rewrite the files (atomically)
  --backup             with --fix: keep the original as FILE.bak (never overwrites one)
  --force              with --fix or format: rewrite read-only files too; export, import: replace existing files
  --max-problems N|all lint: print at most N problems per file (default: ${DEFAULT_MAX_PROBLEMS}), then how many more
  --max-size N         the largest transcript read, in millions of characters (default: ${DEFAULT_MAX_SIZE}),
                       and 10,000 lines per million
  --initials auto|compact|spaced
                       lint: how initials in labels are written (default: as most labels of the file)
  --to FORMAT          export: the format to write (${EXPORT_FORMAT_IDS.join(', ')})
  -o, --output PATH    export: the file to write (one FILE) or the folder to write into;
                       import: the transcript file to write
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
  --jobs N             lint, format, outline, stats, export: read and analyse the files on N threads
                       (default: one per CPU; 1 = this thread only); the output is the same
  --no-progress        no progress bar (shown on stderr when it is a terminal, unless CI is set)
  --lang en|ru         language of messages (default: from LANG)
  -h, --help           this help

Only regular files are read (links are followed to them; FIFOs, devices and sockets are skipped).
Control characters in names and text are printed escaped (\x1b, \u202e).

Exit codes: 0 no errors, 1 errors found (lint) or files to format (format --check),
2 bad usage, a folder without transcripts, or a file that cannot be read or written (the others are
still processed).`;

export class UsageError extends Error {}

export interface Options {
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
  /** export: `--to`. */
  to?: string;
  /** export: `-o`, `--output`. */
  output?: string;
  /** `--jobs N`: threads that read and analyse the files; undefined: one per CPU. */
  jobs?: number;
  /** false with `--no-progress`. */
  progress: boolean;
}

export function parseArgs(command: string, args: string[]): Options {
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
    progress: true,
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
  const pathValue = (flag: string, v: string | undefined): string => {
    if (v === undefined || v === '') throw new UsageError(`${flag} takes a path, not nothing`);
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
    else if (a === '--force' && (command === 'lint' || command === 'format' || command === 'export' || command === 'import')) options.force = true;
    else if (a === '--to' && command === 'export') options.to = value(a, ++i, EXPORT_FORMAT_IDS);
    else if ((a === '-o' || a === '--output') && (command === 'export' || command === 'import')) options.output = pathValue(a, args[++i]);
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
    else if (a === '--jobs' && command !== 'import') {
      options.jobs = positive(a, args[++i], false);
      if (!Number.isInteger(options.jobs)) throw new UsageError(`--jobs takes a positive whole number, not ${args[i]}`);
    } else if (a === '--no-progress') options.progress = false;
    else if (a === '--lang') options.locale = value(a, ++i, ['en', 'ru']) as Locale;
    else if (a === '--') options.paths.push(...args.splice(i + 1));
    else if (a.startsWith('-')) {
      const owner = ['--fix', '--backup', '--initials', '--max-problems'].includes(a)
        ? 'lint'
        : a === '--check' || a === '--omission-marks' || a in FORMAT_FLAGS
          ? 'format'
          : ['--to', '-o', '--output'].includes(a)
            ? 'export'
            : undefined;
      throw new UsageError(`unknown option ${a}${owner ? ` (it belongs to ${owner})` : ''}`);
    }
    else options.paths.push(a);
  }
  if (options.backup && !options.fix) throw new UsageError('--backup goes with --fix');
  if (options.force && command === 'lint' && !options.fix) throw new UsageError('--force goes with --fix');
  if (command === 'export' && !options.to) throw new UsageError(`export needs --to ${EXPORT_FORMAT_IDS.join('|')}`);
  if (options.paths.length === 0) throw new UsageError('no FILE or DIR given');
  return options;
}

