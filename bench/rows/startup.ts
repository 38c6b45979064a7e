// Row "startup": a cold start as the user meets it. Spawn the server, `initialize`, `initialized`,
// didOpen of a 100 KB transcript, until its first publishDiagnostics; against spawning
// `node -e 0` until it exits (the cost of starting Node itself on this machine).
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { BenchServer } from '../lspClient';
import { alternate, median, type Measured } from '../measure';
import { ms, row } from './row';

const RUNS = 9;

function nodeE0(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`node -e 0 exited with ${code}`))));
  });
}

export const startupRow = row('startup', 'cold start to first diagnostics, 100 KB vs node -e 0', 4, async (inputs) => {
  const text = inputs.small;
  const uri = 'file:///bench/startup.transcript';
  const coldStart = async (): Promise<Measured> => {
    const started = performance.now();
    const server = new BenchServer();
    try {
      await server.initialize();
      const published = server.published(uri, 1);
      await server.open(uri, text, 1);
      await published;
      return { measuredMs: performance.now() - started };
    } finally {
      await server.dispose();
    }
  };
  const { a, b } = await alternate(coldStart, nodeE0, { runs: RUNS });
  return {
    subject: ms('spawn → initialize → first publish', a, median(a)),
    baseline: ms('spawn node -e 0 → exit', b, median(b)),
    notes: [`100 KB = ${text.length.toLocaleString('en')} chars; ${RUNS} runs each, after 1 untimed`],
  };
});
