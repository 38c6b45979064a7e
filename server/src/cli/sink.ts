// Where the files' outcomes are printed, one file after another in the order they were given, as soon
// as each comes: its messages on stderr, its lines (or its JSON items) on stdout, its counts summed.
// Nothing of a file is kept once it is printed but the one JSON item that waits to learn whether a
// comma follows it, so memory does not grow with the number of files.
import type { Counts, FileOutcome, JsonFrame } from './fileCommand';
import type { Progress } from './progress';

export interface Streams {
  /** A line for stdout (`write` ends it). */
  write: (line: string) => void;
  /** A whole line (or lines) for stderr. */
  writeError: (text: string) => void;
}

export class Sink {
  private readonly counts: Counts = {};
  /** `ErrorLine.once` keys said by a file already printed. */
  private readonly said = new Set<string>();
  /** The last JSON item, written when the next one comes (with a comma) or the end. */
  private waiting: string | undefined;
  private printedLines = false;
  readonly streams: Streams;

  constructor(
    streams: Streams,
    private readonly frame: JsonFrame | undefined,
    private readonly separator: string | undefined,
    private readonly progress?: Progress,
  ) {
    // The bar is wiped before anything is printed, so it is never left among the results.
    const wipe = () => this.progress?.clear();
    this.streams = {
      write: (line) => (wipe(), streams.write(line)),
      writeError: (text) => (wipe(), streams.writeError(text)),
    };
  }

  /** The outcome of the next file in order. */
  add(outcome: FileOutcome): void {
    const { write, writeError } = this.streams;
    for (const line of outcome.err) if (line.once === undefined || !this.said.has(line.once)) writeError(line.text);
    for (const line of outcome.err) if (line.once !== undefined) this.said.add(line.once);
    if (this.frame) {
      for (const item of outcome.out) {
        if (this.waiting === undefined) write(this.frame.head);
        else write(`${this.waiting},`);
        this.waiting = item;
      }
    } else if (outcome.out.length > 0) {
      if (this.separator !== undefined && this.printedLines) write(this.separator);
      this.printedLines = true;
      for (const line of outcome.out) write(line);
    }
    for (const [key, n] of Object.entries(outcome.counts)) this.counts[key] = (this.counts[key] ?? 0) + n;
  }

  /** `completed` files are done (some may wait for an earlier one to be printed): the bar says so. */
  advance(completed: number): void {
    this.progress?.update(completed);
  }

  /** After the last file: the end of the JSON document; the counts of every file. */
  end(): Counts {
    this.progress?.clear();
    if (this.frame) {
      if (this.waiting === undefined) this.streams.write(this.frame.empty);
      else {
        this.streams.write(this.waiting);
        this.streams.write(this.frame.tail);
      }
      this.waiting = undefined;
    }
    return this.counts;
  }

  /** The run stopped before its end: the bar is wiped, the JSON document left unfinished. */
  abandon(): void {
    this.progress?.clear();
  }
}
