// Running the CLI in-process for tests: what it writes to stdout (through `main`'s `write`) and to
// stderr, and its exit code.
import { main } from '../../server/src/cli';

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
