// How many cases each property runs, and with which seed. `npm test` runs a bounded number with a
// fixed seed (the same cases on every machine); `npm run fuzz` sets FUZZ_RUNS (and optionally
// FUZZ_SEED) for a long run, and FUZZ_REPORT to a file where each property appends what it ran, so
// scripts/fuzz.mjs can print the totals.
import { appendFileSync } from 'node:fs';
import type { TestContext } from 'node:test';
import fc from 'fast-check';

export const FUZZ_RUNS = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : undefined;
export const FUZZING = FUZZ_RUNS !== undefined && FUZZ_RUNS > 0;
export const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : FUZZING ? Date.now() % 2 ** 31 : 42;

// Strings and arrays of a few dozen items rather than fast-check's default handful: transcripts need
// several turns and lines of some length before labels, marks and fixes meet.
fc.configureGlobal({ baseSize: 'medium' });

/** `normal` cases under `npm test`; under `npm run fuzz`, FUZZ_RUNS times `fuzzShare` (a property
 *  whose case is costly — a server round trip — takes a share). */
export function runsOf(normal: number, fuzzShare = 1): number {
  return FUZZING ? Math.max(1, Math.ceil(FUZZ_RUNS! * fuzzShare)) : normal;
}

export interface RunRecord {
  file: string;
  property: string;
  runs: number;
  /** What one run is: `documents`, `edit sequences`, … */
  unit: string;
  /** Units checked, where one run checks several (a batch of edit sequences). */
  units: number;
  failed: boolean;
  ms: number;
  seed: number;
}

function record(r: RunRecord): void {
  if (process.env.FUZZ_REPORT) appendFileSync(process.env.FUZZ_REPORT, JSON.stringify(r) + '\n');
}

/**
 * Check `property` for `numRuns` cases (seed SEED), report the count through the test's diagnostics
 * (and FUZZ_REPORT), and fail the test with fast-check's report — the shrunk counterexample and the
 * seed and path to replay it — when a case fails. `countUnits` counts what a run checked, when one
 * run checks several units.
 */
export async function checkProperty<Ts>(
  t: TestContext,
  property: fc.IProperty<Ts> | fc.IAsyncProperty<Ts>,
  options: { numRuns: number; unit: string; file: string; units?: () => number; parameters?: fc.Parameters<Ts> },
): Promise<void> {
  const started = Date.now();
  const details = await fc.check(property as fc.IAsyncProperty<Ts>, { seed: SEED, numRuns: options.numRuns, ...options.parameters });
  const ms = Date.now() - started;
  const units = options.units ? options.units() : details.numRuns;
  const r: RunRecord = {
    file: options.file,
    property: t.name,
    runs: details.numRuns,
    unit: options.unit,
    units,
    failed: details.failed,
    ms,
    seed: SEED,
  };
  record(r);
  t.diagnostic(`${units} ${options.unit} (${details.numRuns} runs, seed ${SEED}) in ${ms} ms, ${details.failed ? 1 : 0} failure(s)`);
  if (details.failed) {
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(`${fc.defaultReportMessage(details) ?? 'property failed'}\n${cause}`);
  }
}
