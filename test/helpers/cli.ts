// Running the CLI in-process for tests: what it writes to stdout (through `main`'s `write`) and to
// stderr, and its exit code; or the bundled CLI as a separate process, for what could hang it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { main } from '../../server/src/cli';
import { REPO_ROOT } from './fixtures';

export interface Run {
  code: number;
  out: string[];
  err: string;
}

/** Run `stenogram …argv` in-process, catching what it writes to stdout and to stderr. */
export function run(...argv: string[]): Run {
  const out: string[] = [];
  let err = '';
  const stderrWrite = process.stderr.write;
  process.stderr.write = ((chunk: string | Uint8Array) => {
    err += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof process.stderr.write;
  let code: number;
  try {
    code = main(argv, (line) => out.push(line));
  } finally {
    process.stderr.write = stderrWrite;
  }
  return { code, out, err };
}

/** How long a run of the bundled CLI may take before the test fails: a guard against a hang (a FIFO,
 *  /dev/zero), not a measure. */
export const CLI_GUARD_MS = 30_000;

/** Run `node dist/cli.js …argv` in `cwd` as a separate process, killed if it outlives the guard, so
 *  that a test of a file that could hang the CLI fails instead of hanging `npm test`. */
export function runBundled(cwd: string, ...argv: string[]): Run & { timedOut: boolean } {
  const result = spawnSync(process.execPath, [join(REPO_ROOT, 'dist', 'cli.js'), ...argv], { cwd, encoding: 'utf8', timeout: CLI_GUARD_MS });
  const timedOut = (result.error as NodeJS.ErrnoException | undefined)?.code === 'ETIMEDOUT';
  return { code: result.status ?? -1, out: result.stdout.split('\n').slice(0, -1), err: result.stderr, timedOut };
}
