// Findings as a test writes them out: one line `code severity line:col-line:col message` per finding,
// and every fix of a finding as the whole text it leaves when applied to the text it was found in.
import type { Finding } from '../../server/src/features';
import { applyEdits } from './edits';
import { rangeText } from './view';

const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];

export function findingLine(f: Finding): string {
  return `${f.code} ${SEVERITY[f.severity]} ${rangeText(f.range)} ${f.message}`;
}

export interface FixOutcome {
  title: string;
  safe: boolean;
  /** The whole text after the fix's edits. */
  text: string;
}

/** Every fix of `finding`, applied on its own to `text`. */
export function fixOutcomes(text: string, finding: Finding): FixOutcome[] {
  return finding.fixes.map((fix) => ({ title: fix.title, safe: fix.safe, text: applyEdits(text, fix.edits) }));
}
