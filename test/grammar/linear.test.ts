// No catastrophic backtracking: every pathological line of pathological.ts, 100,000 characters long,
// tokenises completely (the engine does not stop early) and correctly, as the first line of a document
// (where the header rules apply) and as a line of the body. The bound is a guard against a hang or a
// quadratic blow-up (~10^10 steps), not a measure: a linear grammar takes milliseconds here.
// `npx tsx test/grammar/linearity.bench.ts` prints the timings against a one-rule grammar.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { INITIAL } from 'vscode-textmate';
import { PATHOLOGICAL_CASES } from './pathological';
import { transcriptGrammar } from './tokenize';

const LENGTH = 100_000;
const BOUND_MS = 5_000;

describe('pathological 100,000-character lines tokenise completely, correctly, in bounded time', () => {
  for (const c of PATHOLOGICAL_CASES) {
    test(c.name, async () => {
      const grammar = await transcriptGrammar();
      const text = c.make(LENGTH);
      assert.ok(text.length >= LENGTH * 0.9, `the line is ${text.length} characters`);
      for (const position of ['first line', 'body line'] as const) {
        let state = INITIAL;
        if (position === 'body line') state = grammar.tokenizeLine('В.Путин: Начнём.', INITIAL).ruleStack;
        const started = performance.now();
        const result = grammar.tokenizeLine(text, state);
        const ms = performance.now() - started;
        assert.equal(result.stoppedEarly, false, `${position}: stopped early`);
        assert.ok(ms < BOUND_MS, `${position}: ${ms.toFixed(0)} ms for ${text.length} characters`);
        const last = result.tokens[result.tokens.length - 1];
        assert.ok(last && last.endIndex >= text.length, `${position}: the tokens cover the whole line`);
        if (position === 'body line' && c.check) {
          const tokens = result.tokens.map((t) => ({ start: t.startIndex, end: Math.min(t.endIndex, text.length), scopes: t.scopes.slice(1) }));
          const problem = c.check({ text, tokens });
          assert.equal(problem, undefined, problem);
        }
      }
    });
  }
});
