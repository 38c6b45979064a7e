// What the rule tests share: a fixture's text as lines, the findings of a text as a test writes them
// out, and each rule's trigger and near-miss fixtures (`rule-<code>.transcript`,
// `rule-<code>.near-miss.transcript`).
import { computeFindings, type DiagnosticOptions, type RuleCode } from '../../server/src/features';
import { parseTranscript } from '../../server/src/transcript';
import { readFixture } from './fixtures';
import { findingLine, fixOutcomes, type FixOutcome } from './findings';

/** A fixture's text as lines: each fixture ends with a line break. */
export const text = (...lines: string[]) => `${lines.join('\n')}\n`;

export function lint(source: string, options?: DiagnosticOptions): string[] {
  return computeFindings(parseTranscript(source), options).map(findingLine);
}

export function fixesOf(source: string, options?: DiagnosticOptions): FixOutcome[][] {
  return computeFindings(parseTranscript(source), options).map((f) => fixOutcomes(source, f));
}

export const trigger = (code: RuleCode) => readFixture(`rule-${code}.transcript`);
export const nearMiss = (code: RuleCode) => readFixture(`rule-${code}.near-miss.transcript`);

export interface RuleCase {
  /** What the trigger fixture shows. */
  shows: string;
  /** What the near-miss fixture holds that must not be flagged. */
  nearMiss: string;
  findings: string[];
  /** Per finding, in order: every fix with the whole text it leaves. */
  fixes: FixOutcome[][];
  /** What the editor adds that the text does not say (the recording's length). */
  options?: DiagnosticOptions;
}
