// The progress bar of a run over many files: one line on stderr, redrawn in place, with the files
// done of all, files per second and the time left. Only on a terminal — never in a pipe or a file,
// never with CI set or --no-progress — and wiped before anything else is printed, so it never mixes
// with the results.
import { performance } from 'node:perf_hooks';
import type { Locale } from '../l10n';
import { cliMessage } from './messages';

/** Where the bar is drawn: stderr, or a test's stand-in. */
export interface Terminal {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Fewer files than this get no bar: they are done before it would tell anything. */
const MIN_FILES = 2;
const REDRAW_MS = 100;
const WIDTH = 24;
const ERASE_LINE = '\r\x1b[K';

/** Whether a run over `files` files shows the bar on `terminal`. */
export function showsProgress(terminal: Terminal, env: NodeJS.ProcessEnv, wanted: boolean, files: number): boolean {
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== '0' && env.CI.toLowerCase() !== 'false';
  return wanted && terminal.isTTY === true && !ci && files >= MIN_FILES;
}

/** Seconds as `0:07`, `2:05`, `1:02:05`. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const two = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}

export class Progress {
  private shown = false;
  private drawnAt = -Infinity;
  private done = 0;
  private readonly started: number;

  constructor(
    private readonly total: number,
    private readonly locale: Locale,
    private readonly terminal: Terminal,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.started = now();
  }

  /** `done` files of all are done: redraw the bar, at most every 100 ms unless it was wiped. */
  update(done: number): void {
    this.done = done;
    const now = this.now();
    if (this.shown && now - this.drawnAt < REDRAW_MS) return;
    this.drawnAt = now;
    this.shown = true;
    this.terminal.write(ERASE_LINE + this.line(now));
  }

  /** Wipe the bar (before a result is printed; at the end). */
  clear(): void {
    if (!this.shown) return;
    this.shown = false;
    this.terminal.write(ERASE_LINE);
  }

  /** The bar as drawn at `now`, cut to the terminal's width (a wrapped line could not be wiped). */
  line(now: number): string {
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const filled = this.total > 0 ? Math.round((WIDTH * this.done) / this.total) : WIDTH;
    const bar = '█'.repeat(filled) + '░'.repeat(WIDTH - filled);
    const eta = rate > 0 ? clock((this.total - this.done) / rate) : '–';
    const text = `${bar} ${cliMessage(this.locale, 'cli.progress', this.done, this.total, Math.round(rate), eta)}`;
    const columns = this.terminal.columns || 80;
    return text.length < columns ? text : text.slice(0, Math.max(0, columns - 1));
  }
}
