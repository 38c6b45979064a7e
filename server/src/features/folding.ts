// Folding: each turn with continuation paragraphs, the lead, each `* * *` section. The format has no
// region markers, and indentation means nothing in it, so folds come from the model alone.
import type { FoldingRange } from 'vscode-languageserver-types';
import { firstFrom, type Splice, type Transcript, type Turn } from '../transcript';
import { turnDetail } from './symbols';

export function foldingRanges(transcript: Transcript): FoldingRange[] {
  return foldsOf(transcript).ranges;
}

/** The folds of one version, and each turn's fold by turn index (none for a turn of one line): what
 *  the next version's folds are updated from (`updateFolds`). */
export interface Folds {
  ranges: FoldingRange[];
  turns: (FoldingRange | undefined)[];
}

export function foldsOf(transcript: Transcript): Folds {
  const turns = transcript.turns.map(turnFold);
  return { ranges: assembled(transcript, turns), turns };
}

/** The folds of a version spliced from the one `previous` is of: the turns the splice re-read are
 *  folded again, those after them moved by its line delta, the others kept; the lead's and the
 *  sections' folds, a few, are made again. Undefined when the turns are not the same in number. */
export function updateFolds(previous: Folds, transcript: Transcript, splice: Splice): Folds | undefined {
  const all = transcript.turns;
  if (previous.turns.length !== all.length) return undefined;
  const first = firstFrom(all, splice.from, (t) => t.startLine);
  const end = firstFrom(all, splice.newTo, (t) => t.startLine);
  const turns = previous.turns.slice(0, first);
  for (let i = first; i < end; i++) turns.push(turnFold(all[i]));
  const delta = splice.lineDelta;
  for (let i = end; i < all.length; i++) {
    const kept = previous.turns[i];
    turns.push(delta === 0 || !kept ? kept : { startLine: kept.startLine + delta, endLine: kept.endLine + delta, collapsedText: kept.collapsedText });
  }
  return { ranges: assembled(transcript, turns), turns };
}

function turnFold(turn: Turn): FoldingRange | undefined {
  return turn.endLine > turn.startLine
    ? { startLine: turn.startLine, endLine: turn.endLine, collapsedText: `${turn.label.text}: ${turnDetail(turn)}` }
    : undefined;
}

const byPlace = (a: FoldingRange, b: FoldingRange) => a.startLine - b.startLine || b.endLine - a.endLine;

/** The lead's and the sections' folds merged with the turns' (already in line order), outer first. */
function assembled(transcript: Transcript, turns: readonly (FoldingRange | undefined)[]): FoldingRange[] {
  const parts: FoldingRange[] = [];
  const lead = transcript.lead;
  if (lead.length > 0 && lead[lead.length - 1].range.end.line > lead[0].range.start.line) {
    parts.push({ startLine: lead[0].range.start.line, endLine: lead[lead.length - 1].range.end.line });
  }
  for (const section of transcript.sections) {
    if (!section.separator) continue;
    const start = section.separator.start.line;
    const end = section.range.end.line;
    if (end > start) parts.push({ startLine: start, endLine: end, collapsedText: section.heading?.text ?? '* * *' });
  }
  parts.sort(byPlace);
  const out: FoldingRange[] = [];
  let p = 0;
  for (const fold of turns) {
    if (!fold) continue;
    while (p < parts.length && byPlace(parts[p], fold) <= 0) out.push(parts[p++]);
    out.push(fold);
  }
  while (p < parts.length) out.push(parts[p++]);
  return out;
}
