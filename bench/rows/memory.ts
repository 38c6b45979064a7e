// Row "memory": what the server keeps for an open 10 MB transcript. RSS of the server process
// (VmRSS) after `initialize`, then after didOpen of the 10 MB text and its whole first analysis,
// once the process has settled: V8's memory reducer gives back the pages the analysis's garbage
// took some seconds after the last allocation (about 8 s here), so the row reads RSS after
// `KEPT_MS` and notes what it was 1 s after the analysis too. The growth is set against the text's
// own size in memory (UTF-16: two bytes a code unit). A fresh server each run.
import { startServer } from '../lspClient';
import { median, sleep } from '../measure';
import { row } from './row';

const RUNS = 3;
const SETTLE_MS = 1000;
/** Long enough for V8's memory reducer to have run after the analysis. */
const KEPT_MS = 12_000;
const MB = 1024 * 1024;

export const memoryRow = row('memory', 'server RSS growth, 10 MB open vs its UTF-16 size', 4, async (inputs) => {
  const text = inputs.large;
  const uri = 'file:///bench/memory.transcript';
  const growth: number[] = [];
  /** The growth 1 s after the analysis, before the memory reducer. */
  const soon: number[] = [];
  const before: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const server = await startServer();
    try {
      await sleep(SETTLE_MS);
      const initialized = server.rssBytes();
      await server.openAnalysed(uri, text, 1);
      await sleep(SETTLE_MS);
      before.push(initialized / MB);
      soon.push((server.rssBytes() - initialized) / MB);
      await sleep(KEPT_MS - SETTLE_MS);
      growth.push((server.rssBytes() - initialized) / MB);
    } finally {
      await server.dispose();
    }
  }
  const utf16 = (2 * text.length) / MB;
  return {
    subject: { label: 'RSS growth', value: median(growth), unit: 'MB', samples: growth },
    baseline: { label: 'text, UTF-16', value: utf16, unit: 'MB', samples: [utf16] },
    notes: [
      `RSS after initialize ${median(before).toFixed(0)} MB; growth ${median(soon).toFixed(1)} MB (${(median(soon) / utf16).toFixed(2)}×) 1 s after the analysis, ` +
        `${median(growth).toFixed(1)} MB ${KEPT_MS / 1000} s after; ${RUNS} fresh servers (MB = MiB)`,
    ],
  };
});
