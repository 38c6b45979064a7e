// A command that treats each file on its own (lint, format, outline, stats, export): what one file
// gives is collected as a `FileOutcome` — its lines, its messages, its counts — on whichever thread
// read it (this one, or a worker of pool.ts), and printed in the order the files were given
// (sink.ts), so the output does not depend on how many threads did the work.
import { terminalSafeJson } from '../features';
import type { Locale } from '../l10n';
import type { CliMessageId } from './messages';
import type { Options } from './options';
import { reportLine, type Report } from './read';

/** What the files add up to for the summary and the exit code: `unreadable`, `problems`, … */
export type Counts = Record<string, number>;

/** A line for stderr; `once` names a message said once per run however many files meet it (a
 *  speaker register's problem: each thread meets it in the first of its files below that folder). */
export interface ErrorLine {
  text: string;
  once?: string;
}

/** What one file gave, as it crosses from a worker (plain data). */
export interface FileOutcome {
  /** Lines for stdout; with JSON output, the items of the document's array, rendered and indented. */
  out: string[];
  err: ErrorLine[];
  counts: Counts;
}

export interface FileCommand<State = unknown> {
  /** Checks on the whole command line, before any file is read (throws a UsageError). */
  check?(files: string[], options: Options): void;
  /** With JSON output, the document the files' items go into, `ITEMS` standing for their array. */
  document?(options: Options): unknown;
  /** Printed between the outputs of two files (stats: a blank line). */
  separator?(options: Options): string | undefined;
  /** What the files read on one thread share (a cache), made once per thread. */
  state(options: Options): State;
  /** One file: read it, work, and say what came of it in `out`. */
  file(file: string, options: Options, state: State, out: FileOutput): void;
  /** What treating `file` writes, as keys (a file's identity, a path to create): two files with a
   *  key in common are never treated at once, so each file is written by one thread, in order. */
  writes?(file: string, options: Options, state: State): string[];
  /** The summary after the files, from their summed counts, and the exit code. */
  finish(counts: Counts, options: Options, write: (s: string) => void): number;
}

/** The stand-in for the array of items in `FileCommand.document`. */
export const ITEMS = '\u0000stenogram-items\u0000';

/** A JSON document written as its items come: `head`, the items one per write (a comma after each
 *  but the last), `tail`; `empty` when there is none. Byte for byte what `terminalSafeJson` gives
 *  of the whole document. */
export interface JsonFrame {
  head: string;
  /** The items' depth in the document. */
  indent: string;
  tail: string;
  empty: string;
}

export function jsonFrame(document: unknown): JsonFrame {
  const marker = JSON.stringify(ITEMS);
  const whole = terminalSafeJson(document);
  const lines = whole.split('\n');
  const at = lines.findIndex((line) => line.trim() === marker);
  const empty = terminalSafeJson(JSON.parse(JSON.stringify(document).replace(`[${marker}]`, '[]')));
  return { head: lines.slice(0, at).join('\n'), indent: lines[at].slice(0, lines[at].indexOf(marker)), tail: lines.slice(at + 1).join('\n'), empty };
}

/** Where `FileCommand.file` says what came of a file. */
export class FileOutput {
  private readonly outcome: FileOutcome = { out: [], err: [], counts: {} };

  constructor(
    private readonly locale: Locale,
    private readonly frame: JsonFrame | undefined,
  ) {}

  readonly line = (text: string): void => {
    this.outcome.out.push(text);
  };

  /** One item of the JSON document. */
  item(value: unknown): void {
    const indent = this.frame?.indent ?? '';
    this.outcome.out.push(indent + terminalSafeJson(value).replaceAll('\n', `\n${indent}`));
  }

  readonly report: Report = (id, ...args) => {
    this.outcome.err.push({ text: reportLine(this.locale, id, ...args) });
  };

  /** A report said once per run for `key`. */
  reportOnce(key: string): Report {
    return (id: CliMessageId, ...args: (string | number)[]) => this.outcome.err.push({ text: reportLine(this.locale, id, ...args), once: key });
  }

  count(key: string, n = 1): void {
    this.outcome.counts[key] = (this.outcome.counts[key] ?? 0) + n;
  }

  /** What was said, as plain data. */
  result(): FileOutcome {
    return this.outcome;
  }
}

/** The frame of `command`'s JSON output with these options, if it writes one. */
export function frameOf(command: FileCommand, options: Options): JsonFrame | undefined {
  const document = command.document?.(options);
  return document === undefined ? undefined : jsonFrame(document);
}

/** Treat one file. A failure of Stenogram's own (an exception) is said with the file's name and
 *  counted as `crashed`, and the run goes on with the next file. */
export function treatFile<S>(command: FileCommand<S>, file: string, options: Options, state: S, frame: JsonFrame | undefined): FileOutcome {
  const out = new FileOutput(options.locale, frame);
  try {
    command.file(file, options, state, out);
  } catch (error) {
    crashed(out, file, error);
  }
  return out.result();
}

/** `file` could not be treated: Stenogram failed (`error`), not the file. */
export function crashed(out: FileOutput, file: string, error: unknown): void {
  out.report('cli.crashed', file, error instanceof Error ? error.message : String(error));
  out.count('crashed');
}
