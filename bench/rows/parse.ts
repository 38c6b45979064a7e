// Row "parse": the whole analysis of a 10 MB transcript in-process (the model and every diagnostic
// rule, as the server computes them for a version), against the least any line-based reader does:
// split the text into lines and test one speaker-label regex on each.
import { computeFindings } from '../../server/src/features';
import { parseTranscript } from '../../server/src/transcript';
import { alternate, median } from '../measure';
import { ms, row } from './row';

const RUNS = 5;
/** The baseline's one label regex: initial, dot, capitalised surname, colon (`В.Путин:`). */
const LABEL = /^[А-ЯЁA-Z]\.[А-ЯЁA-Z][\p{L}-]+:/u;

export const parseRow = row('parse', 'parse + all diagnostics, 10 MB vs split + 1 regex', 3, async (inputs) => {
  const text = inputs.large;
  let findings = 0;
  let labels = 0;
  const subject = () => {
    findings = computeFindings(parseTranscript(text)).length;
  };
  const baseline = () => {
    let n = 0;
    for (const line of text.split('\n')) if (LABEL.test(line)) n++;
    labels = n;
  };
  const { a, b } = await alternate(subject, baseline, { runs: RUNS });
  return {
    subject: ms('parseTranscript + computeFindings', a, median(a)),
    baseline: ms("split('\\n') + 1 label regex", b, median(b)),
    notes: [`${findings} findings; the regex matched ${labels} lines; ${RUNS} runs each`],
  };
});
