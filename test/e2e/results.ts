// Running the selected suites with mocha and counting what happened, for both tests modules: the
// Node extension host's (index.ts) and the browser web worker host's (web/index.ts). The counts are
// the last thing either writes (STENOGRAM_E2E_RESULT): the runner takes an exit code of 0 without
// them as a failure (the workbench reports 0 when the extension host crashed halfway).

interface Stats {
  tests: number;
  passes: number;
  pending: number;
  failures: number;
}

/** What is run: mocha, its Node build (index.ts) or its browser build (web/mocha.ts). */
interface Runnable {
  run(done: () => void): { stats?: Stats; on(event: 'fail', listener: (test: { fullTitle(): string }, error: unknown) => void): unknown };
}

/** What run() leaves in STENOGRAM_E2E_RESULT; scripts/run-e2e.mjs reads it. */
export interface E2eResult {
  passed: number;
  failed: number;
  skipped: number;
  total: number;
  suites: string[];
  failures: { title: string; error: string }[];
}

/** Run what `mocha` holds and count it; `suites` names what was selected. */
export async function runSuites(mocha: Runnable, suites: string[]): Promise<E2eResult> {
  const failures: E2eResult['failures'] = [];
  const stats = await new Promise<Stats>((resolve, reject) => {
    try {
      const runner = mocha.run(() => resolve(runner.stats ?? { tests: 0, passes: 0, pending: 0, failures: 0 }));
      runner.on('fail', (test, error: unknown) => {
        failures.push({ title: test.fullTitle(), error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      });
    } catch (error) {
      reject(error);
    }
  });
  return { passed: stats.passes, failed: stats.failures, skipped: stats.pending, total: stats.tests, suites, failures };
}

/** The last line of the report; a failed run also fails run() (the extension host exits non-zero). */
export function finish(result: E2eResult): void {
  console.log(`e2e: ${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped`);
  if (result.failed > 0) throw new Error(`${result.failed} of ${result.total} e2e tests failed`);
}
