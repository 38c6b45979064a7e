// `npm run bench`: the performance targets of the README's "Performance" section. Each row measures
// two sides in the same run and compares their ratio with its target; the table is printed, a full
// run is written to bench/results.json, and the exit code is 1 when any target is missed (or a row
// failed), so the run can serve as a check.
//
//   npm run bench                      every row (builds dist/ first)
//   npm run bench -- --only edit       one row, or several: --only parse,symbols
//   npm run bench -- --list            the rows' ids
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { cliRow } from './rows/cli';
import { editRow, enterRow } from './rows/edit';
import { grammarRow } from './rows/grammar';
import { hoverRow } from './rows/hover';
import { memoryRow } from './rows/memory';
import { outlineRow } from './rows/outline';
import { parseRow } from './rows/parse';
import { Inputs, LARGE_CHARS, SEED, SMALL_CHARS, type Row, type RowResult, type Side } from './rows/row';
import { startupRow } from './rows/startup';
import { symbolsRow } from './rows/symbols';
import { vsixRow } from './rows/vsix';

const ROWS: Row[] = [parseRow, editRow, enterRow, hoverRow, outlineRow, symbolsRow, grammarRow, memoryRow, startupRow, cliRow, vsixRow];
const RESULTS = join(__dirname, 'results.json');

interface Outcome {
  id: string;
  title: string;
  target: number;
  subject?: Side;
  baseline?: Side;
  ratio?: number;
  pass: boolean;
  notes: string[];
  error?: string;
  seconds: number;
}

function selectedRows(argv: string[]): Row[] {
  const i = argv.indexOf('--only');
  if (i < 0) return ROWS;
  const ids = (argv[i + 1] ?? '').split(',').filter(Boolean);
  const unknown = ids.filter((id) => !ROWS.some((r) => r.id === id));
  if (ids.length === 0 || unknown.length > 0) {
    throw new Error(`--only takes row ids separated by commas (${ROWS.map((r) => r.id).join(', ')}); unknown: ${unknown.join(', ') || '(none given)'}`);
  }
  return ROWS.filter((r) => ids.includes(r.id));
}

function describeInputs(inputs: Inputs): string[] {
  const text = inputs.large;
  const doc = inputs.largeDoc;
  const turns = doc.sections.reduce((n, s) => n + s.turns.length, 0);
  const speakers = new Set(doc.sections.flatMap((s) => s.turns.map((t) => t.label))).size;
  const nbsp = text.split('\u00A0').length - 1;
  let cyrillic = 0;
  let latin = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0400 && c <= 0x04ff) cyrillic++;
    else if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) latin++;
  }
  const longest = text.split('\n').reduce((m, l) => Math.max(m, l.length), 0);
  return [
    `10 MB input (seed ${SEED}): ${text.length.toLocaleString('en')} UTF-16 units, ${Buffer.byteLength(text).toLocaleString('en')} bytes UTF-8, ` +
      `${text.split('\n').length.toLocaleString('en')} lines, ${doc.sections.length} sections, ${turns.toLocaleString('en')} turns, ` +
      `${speakers.toLocaleString('en')} labels, ${nbsp.toLocaleString('en')} NBSP, ${((100 * cyrillic) / (cyrillic + latin)).toFixed(0)}% of letters Cyrillic, longest line ${longest.toLocaleString('en')} chars`,
    `100 KB input: ${inputs.small.length.toLocaleString('en')} UTF-16 units (target sizes ${LARGE_CHARS.toLocaleString('en')} and ${SMALL_CHARS.toLocaleString('en')})`,
  ];
}

function figure(side: Side): string {
  const digits = side.unit === 'ms' && side.value >= 100 ? 0 : 1;
  return `${side.value.toFixed(digits)} ${side.unit}`;
}

function table(outcomes: Outcome[]): string {
  const header = ['row', 'measured', 'baseline', 'ratio', 'target', 'result'];
  const body = outcomes.map((o) => [
    o.id.padEnd(8) + o.title,
    o.subject ? figure(o.subject) : '—',
    o.baseline ? figure(o.baseline) : '—',
    o.ratio !== undefined ? `${o.ratio.toFixed(2)}×` : '—',
    `≤ ${o.target}×`,
    o.error ? 'ERROR' : o.pass ? 'PASS' : 'MISS',
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...body.map((r) => r[c].length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
  const out = [line(header), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const [i, o] of outcomes.entries()) {
    out.push(line(body[i]));
    const notes = o.error ? [`error: ${o.error}`] : [`${o.subject!.label} vs ${o.baseline!.label}`, ...o.notes];
    for (const note of notes) out.push(`        ${note}`);
  }
  return out.join('\n');
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  if (argv.includes('--list')) {
    for (const r of ROWS) console.log(`${r.id.padEnd(8)} ${r.title} (target ≤ ${r.target}×)`);
    return 0;
  }
  const rows = selectedRows(argv);
  const started = performance.now();
  const inputs = new Inputs();
  const inputNotes = describeInputs(inputs);
  for (const note of inputNotes) console.log(note);
  const outcomes: Outcome[] = [];
  for (const row of rows) {
    process.stdout.write(`${row.id}: ${row.title} … `);
    const rowStarted = performance.now();
    let result: RowResult | undefined;
    let error: string | undefined;
    try {
      result = await row.run(inputs);
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    const seconds = (performance.now() - rowStarted) / 1000;
    const ratio = result ? result.subject.value / result.baseline.value : undefined;
    const outcome: Outcome = {
      id: row.id,
      title: row.title,
      target: row.target,
      subject: result?.subject,
      baseline: result?.baseline,
      ratio,
      pass: ratio !== undefined && ratio <= row.target,
      notes: result?.notes ?? [],
      error,
      seconds,
    };
    outcomes.push(outcome);
    console.log(`${error ? 'ERROR' : `${ratio!.toFixed(2)}×`} (${seconds.toFixed(1)} s)`);
  }
  const totalSeconds = (performance.now() - started) / 1000;
  console.log('');
  console.log(table(outcomes));
  const missed = outcomes.filter((o) => !o.pass);
  console.log('');
  console.log(
    `${outcomes.length - missed.length} of ${outcomes.length} targets met` +
      (missed.length ? ` (missed: ${missed.map((o) => o.id).join(', ')})` : '') +
      ` in ${totalSeconds.toFixed(0)} s on ${cpus().length} CPUs (load average ${loadavg()[0].toFixed(1)} at the end)`,
  );
  if (rows.length === ROWS.length) {
    const results = {
      date: new Date().toISOString(),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      loadAverage: loadavg(),
      seconds: Math.round(totalSeconds),
      inputs: inputNotes,
      rows: outcomes,
    };
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`written ${RESULTS}`);
  } else {
    console.log(`not written: ${RESULTS} (only a full run writes it)`);
  }
  return missed.length > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
