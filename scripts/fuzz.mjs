// `npm run fuzz`: the property tests of test/property/ with many more cases than `npm test` runs
// (FUZZ_RUNS, 10,000 by default; FUZZ_SEED to replay a run), then the count of documents, edit
// sequences and files each property checked, and its failures. Exits non-zero when a property failed.
//   node scripts/fuzz.mjs [--runs N] [--seed S] [test/property/x.test.ts …]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const runs = option('--runs') ?? process.env.FUZZ_RUNS ?? '10000';
const seed = option('--seed') ?? process.env.FUZZ_SEED ?? String(Date.now() % 2 ** 31);
const files = args.length > 0 ? args : readdirSync('test/property').filter((f) => f.endsWith('.test.ts')).sort().map((f) => join('test/property', f));

const dir = mkdtempSync(join(tmpdir(), 'stenogram-fuzz-'));
const report = join(dir, 'report.jsonl');
const started = Date.now();
console.log(`fuzz: ${runs} runs per property, seed ${seed}, ${files.length} file(s)`);
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...files], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed, FUZZ_REPORT: report },
});

let records = [];
try {
  records = readFileSync(report, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
} catch {
  // no property reported: the runner failed before any ran
}
rmSync(dir, { recursive: true, force: true });

const totals = new Map();
console.log(`\n${'property'.padEnd(88)}  ${'checked'.padStart(22)}    runs       time  failed`);
for (const r of records) {
  const name = `${r.file}: ${r.property}`;
  const short = name.length > 88 ? `${name.slice(0, 87)}…` : name.padEnd(88);
  console.log(`${short}  ${String(r.units).padStart(7)} ${r.unit.padEnd(14)}  ${String(r.runs).padStart(6)}  ${(r.ms / 1000).toFixed(1).padStart(7)} s  ${r.failed ? 'FAILED' : '0'}`);
  const t = totals.get(r.unit) ?? { units: 0, failed: 0 };
  t.units += r.units;
  t.failed += r.failed ? 1 : 0;
  totals.set(r.unit, t);
}
console.log('');
for (const [unit, t] of totals) console.log(`${unit}: ${t.units.toLocaleString('en')} checked, ${t.failed} failed propert${t.failed === 1 ? 'y' : 'ies'}`);
const failed = records.filter((r) => r.failed).length;
console.log(`${records.length} properties, ${failed} failed, seed ${seed}, ${((Date.now() - started) / 1000).toFixed(0)} s in all`);
process.exit(result.status === 0 && failed === 0 ? 0 : 1);
