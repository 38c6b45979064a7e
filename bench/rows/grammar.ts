// Row "grammar": syntax highlighting of the 10 MB transcript, line by line with each line's state
// carried to the next (vscode-textmate over vscode-oniguruma, as VS Code tokenizes), with the real
// grammar against a one-rule grammar (one `\S+` match: the engine's own cost per line and token)
// over the same lines.
import { INITIAL, type IGrammar, type IRawGrammar } from 'vscode-textmate';
import { editorLines, loadGrammar } from '../../test/grammar/tokenize';
import { alternate, median } from '../measure';
import { ms, row } from './row';

/** A full 10 MB tokenization takes seconds: three runs a side give a median within the time budget. */
const RUNS = 3;
const ONE_RULE = {
  scopeName: 'text.one-rule',
  patterns: [{ match: '\\S+', name: 'word.one-rule' }],
  repository: {},
} as unknown as IRawGrammar;

/** Tokens in all `lines`; throws if the engine gives up on a line (VS Code would stop colouring it). */
function tokenizeAll(grammar: IGrammar, lines: readonly string[]): number {
  let state = INITIAL;
  let tokens = 0;
  for (let i = 0; i < lines.length; i++) {
    const result = grammar.tokenizeLine(lines[i], state);
    if (result.stoppedEarly) throw new Error(`line ${i + 1}: tokenization stopped early`);
    state = result.ruleStack;
    tokens += result.tokens.length;
  }
  return tokens;
}

export const grammarRow = row('grammar', 'grammar tokenization, 10 MB vs one-rule grammar', 2, async (inputs) => {
  const lines = editorLines(inputs.large);
  const transcript = await loadGrammar();
  const oneRule = await loadGrammar(ONE_RULE);
  // Warm both engines up on the first lines only: a whole untimed 10 MB pass would cost seconds.
  tokenizeAll(transcript, lines.slice(0, 5000));
  tokenizeAll(oneRule, lines.slice(0, 5000));
  let ours = 0;
  let theirs = 0;
  const { a, b } = await alternate(
    () => {
      ours = tokenizeAll(transcript, lines);
    },
    () => {
      theirs = tokenizeAll(oneRule, lines);
    },
    { runs: RUNS, warmup: 0 },
  );
  return {
    subject: ms('transcript.tmLanguage.json', a, median(a)),
    baseline: ms('one-rule grammar (\\S+)', b, median(b)),
    notes: [
      `${lines.length.toLocaleString('en')} lines; ${ours.toLocaleString('en')} tokens vs ${theirs.toLocaleString('en')}; ` +
        `${RUNS} runs each (a full tokenization a run)`,
    ],
  };
});
