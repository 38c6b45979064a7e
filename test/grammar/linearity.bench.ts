// Benchmark: tokenising the pathological lines of pathological.ts at growing lengths, with the
// transcript grammar and with a one-rule grammar (one `\S+` match, the least any grammar does: the
// engine's own per-token cost) on the same line. Linear means the transcript grammar's time doubles
// when the line does (×2 → about ×2) and stays a steady multiple of the one-rule grammar's.
//
//   npx tsx test/grammar/linearity.bench.ts [--json]
//
// Figures vary by machine; no test reads them (test/grammar/linear.test.ts checks completion).
import { INITIAL, type IGrammar, type IRawGrammar } from 'vscode-textmate';
import { PATHOLOGICAL_CASES } from './pathological';
import { loadGrammar } from './tokenize';

const LENGTHS = [25_000, 50_000, 100_000, 200_000];
const ONE_RULE: IRawGrammar = {
  scopeName: 'text.one-rule',
  patterns: [{ match: '\\S+', name: 'word.one-rule' }],
  repository: {},
} as unknown as IRawGrammar;

function best(grammar: IGrammar, line: string, body: boolean): number {
  const state = body ? grammar.tokenizeLine('В.Путин: Начнём.', INITIAL).ruleStack : INITIAL;
  let min = Infinity;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    const result = grammar.tokenizeLine(line, state);
    min = Math.min(min, performance.now() - started);
    if (result.stoppedEarly) throw new Error('stopped early');
  }
  return min;
}

async function main(): Promise<void> {
  const transcript = await loadGrammar();
  const oneRule = await loadGrammar(ONE_RULE);
  const rows: { case: string; length: number; ms: number; oneRuleMs: number }[] = [];
  for (const c of PATHOLOGICAL_CASES) {
    for (const n of LENGTHS) {
      const line = c.make(n);
      rows.push({ case: c.name, length: line.length, ms: best(transcript, line, true), oneRuleMs: best(oneRule, line, true) });
    }
  }
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(rows, null, 2));
    return;
  }
  const pad = (s: string, n: number) => s.padEnd(n);
  console.log(`${pad('line', 26)}${LENGTHS.map((n) => pad(`${n / 1000}k ms (1-rule)`, 22)).join('')}200k/100k`);
  for (const c of PATHOLOGICAL_CASES) {
    const r = rows.filter((x) => x.case === c.name);
    const growth = r[3].ms / Math.max(r[2].ms, 0.01);
    console.log(`${pad(c.name, 26)}${r.map((x) => pad(`${x.ms.toFixed(1)} (${x.oneRuleMs.toFixed(1)})`, 22)).join('')}×${growth.toFixed(1)}`);
  }
}

void main();
