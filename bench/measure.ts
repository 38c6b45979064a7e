// Timing helpers for `npm run bench`. Every target is a ratio of two sides measured in the same run:
// the sides' runs alternate (A, B, A, B, …) so that a burst of load from anything else on the machine
// hits both alike, and each side's figure is the median of its runs.
import { performance } from 'node:perf_hooks';

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** What a run returns when it measured itself: a run that holds work that is not part of the
 *  measure (shutting down a server it started) times the part that is. */
export interface Measured {
  measuredMs: number;
}

/** A side of a comparison: one call is one run. */
export type Run = () => unknown;

function isMeasured(x: unknown): x is Measured {
  return typeof x === 'object' && x !== null && typeof (x as Measured).measuredMs === 'number';
}

/** Milliseconds one call of `fn` takes (awaited when it returns a promise), or the `Measured` it returned. */
export async function time(fn: Run): Promise<number> {
  const started = performance.now();
  const result = await fn();
  const elapsed = performance.now() - started;
  return isMeasured(result) ? result.measuredMs : elapsed;
}

/**
 * `runs` timings of each side, alternating, after `warmup` untimed calls of each (the first call
 * compiles the code and fills caches, which a median of a few runs must not see). The side that
 * goes first alternates too, so neither always runs on a heap the other just filled.
 */
export async function alternate(
  a: Run,
  b: Run,
  options: { runs: number; warmup?: number },
): Promise<{ a: number[]; b: number[] }> {
  for (let i = 0; i < (options.warmup ?? 1); i++) {
    await a();
    await b();
  }
  const out = { a: [] as number[], b: [] as number[] };
  for (let i = 0; i < options.runs; i++) {
    if (i % 2 === 0) {
      out.a.push(await time(a));
      out.b.push(await time(b));
    } else {
      out.b.push(await time(b));
      out.a.push(await time(a));
    }
  }
  return out;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
