// Parse time of a generated 10 MB transcript against a bare `split('\n')` + one label regex over
// the same text. Prints medians of several runs. Full benchmark suite: issue "Performance".
import { performance } from 'node:perf_hooks';
import { parseTranscript } from '../server/src/transcript';
import { generateTranscript } from './generate';

const RUNS = 7;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

const text = generateTranscript(10 * 1024 * 1024, 42);
const label = /^[А-ЯЁA-Z]\.[А-ЯЁA-Z][\p{L}-]+:/u;
const baseline = () => {
  let n = 0;
  for (const line of text.split('\n')) if (label.test(line)) n++;
  return n;
};
const parse = () => parseTranscript(text);

// Warm up both, then alternate the runs so that noise hits both alike.
baseline();
const t = parse();
const base: number[] = [];
const ours: number[] = [];
for (let i = 0; i < RUNS; i++) {
  base.push(time(baseline));
  ours.push(time(parse));
}
const mb = (text.length * 2) / 1024 / 1024;
console.log(`input: ${text.length.toLocaleString('en')} UTF-16 units (${mb.toFixed(1)} MiB in memory), ${t.turns.length.toLocaleString('en')} turns, ${t.speakers.size} speakers, ${t.sections.length} sections`);
console.log(`split + one regex: median ${median(base).toFixed(0)} ms`);
console.log(`parseTranscript:   median ${median(ours).toFixed(0)} ms  (ratio ${(median(ours) / median(base)).toFixed(2)}×)`);
