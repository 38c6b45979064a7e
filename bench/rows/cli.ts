// Row "cli": the command line at scale. `stenogram lint` (the bundled dist/cli.js, a process per run,
// output thrown away) over 5,000 transcripts with a worker per CPU (the default), against the same
// with --jobs 1 (every file on the main thread). The inputs are the real transcripts of
// ../shared/corpus copied round-robin into a temporary folder (the corpus is read-only and never copied
// into the repository), or, where the corpus is absent, transcripts made by bench/generate.ts.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { generateDocument, renderTranscript } from '../generate';
import { alternate, median } from '../measure';
import { ms, row, SEED } from './row';

const FILES = 5000;
const RUNS = 3;
const REPO = join(__dirname, '..', '..');
const CLI = join(REPO, 'dist', 'cli.js');
const CORPUS = join(REPO, '..', 'shared', 'corpus');
/** Generated transcripts, where the corpus is absent: as many as it has, of about its mean size. */
const GENERATED = { count: 117, chars: 24_000 };

const CPUS = availableParallelism();
/** With one CPU both sides are one thread (the default is one worker per CPU, and one means none):
 *  the ratio is about 1, which is all it can be. */
const TARGET = CPUS >= 2 ? 0.75 : 1.1;

function transcriptsBelow(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? transcriptsBelow(join(dir, e.name)) : e.name.endsWith('.transcript') ? [join(dir, e.name)] : []));
}

/** A temporary folder of FILES transcripts; where they come from. */
function makeFolder(): { dir: string; source: string; bytes: number } {
  const dir = mkdtempSync(join(tmpdir(), 'stenogram-bench-cli-'));
  const name = (i: number, of: string) => join(dir, `${String(i).padStart(4, '0')}-${of}`);
  const real = existsSync(CORPUS) ? transcriptsBelow(CORPUS) : [];
  if (real.length > 0) {
    for (let i = 0; i < FILES; i++) copyFileSync(real[i % real.length], name(i, basename(real[i % real.length])));
  } else {
    const texts = Array.from({ length: GENERATED.count }, (_, k) => renderTranscript(generateDocument(GENERATED.chars, SEED + k)));
    for (let i = 0; i < FILES; i++) writeFileSync(name(i, `generated-${i % texts.length}.transcript`), texts[i % texts.length]);
  }
  const bytes = readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  const source = real.length > 0 ? `the ${real.length} transcripts of ../shared/corpus` : `${GENERATED.count} generated transcripts of ${GENERATED.chars.toLocaleString('en')} characters (no ../shared/corpus)`;
  return { dir, source, bytes };
}

/** `stenogram lint --jobs N DIR`, until it exits; 0 or 1 (problems found) are the exit codes of a run that read every file. */
function lint(dir: string, jobs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'lint', '--no-progress', '--jobs', String(jobs), dir], { stdio: 'ignore' });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 || code === 1 ? resolve() : reject(new Error(`stenogram lint --jobs ${jobs} exited with ${code}`))));
  });
}

export const cliRow = row('cli', `stenogram lint over ${FILES.toLocaleString('en')} files, ${CPUS} workers vs 1`, TARGET, async () => {
  const { dir, source, bytes } = makeFolder();
  try {
    const { a, b } = await alternate(
      () => lint(dir, CPUS),
      () => lint(dir, 1),
      { runs: RUNS, warmup: 0 },
    );
    const rate = (msTaken: number) => Math.round(FILES / (msTaken / 1000)).toLocaleString('en');
    return {
      subject: ms(`lint --jobs ${CPUS} (a worker per CPU)`, a, median(a)),
      baseline: ms('lint --jobs 1 (the main thread)', b, median(b)),
      notes: [
        `${FILES.toLocaleString('en')} files, ${(bytes / 1e6).toFixed(0)} MB, copied round-robin from ${source}; ${RUNS} runs each, a process per run`,
        `${rate(median(a))} files/s with ${CPUS} workers, ${rate(median(b))} files/s with 1`,
        `target ≤ ${TARGET}× on ${CPUS} CPUs (on 1 CPU both sides are one thread: about 1×, target 1.1×)`,
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
