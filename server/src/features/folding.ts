// Folding: each turn with continuation paragraphs, the lead, each `* * *` section. The format has no
// region markers, and indentation means nothing in it, so folds come from the model alone.
import type { FoldingRange } from 'vscode-languageserver-types';
import type { Transcript } from '../transcript';
import { turnDetail } from './symbols';

export function foldingRanges(transcript: Transcript): FoldingRange[] {
  const out: FoldingRange[] = [];
  const lead = transcript.lead;
  if (lead.length > 0 && lead[lead.length - 1].range.end.line > lead[0].range.start.line) {
    out.push({ startLine: lead[0].range.start.line, endLine: lead[lead.length - 1].range.end.line });
  }
  for (const section of transcript.sections) {
    if (!section.separator) continue;
    const start = section.separator.start.line;
    const end = section.range.end.line;
    if (end > start) out.push({ startLine: start, endLine: end, collapsedText: section.heading?.text ?? '* * *' });
  }
  for (const turn of transcript.turns) {
    if (turn.endLine > turn.startLine) {
      out.push({ startLine: turn.startLine, endLine: turn.endLine, collapsedText: `${turn.label.text}: ${turnDetail(turn)}` });
    }
  }
  return out.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
