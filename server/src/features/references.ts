// textDocument/references: the labels of the speaker under the cursor, in this transcript and across
// the workspace's others (the same speaker key), and with the declaration their mention in the lead.
import type { Location } from 'vscode-languageserver-types';
import { speakerAt, type Position } from '../transcript';
import { currentThenOthers, labelNameRanges, leadMentionRanges, type TranscriptSource } from './speakerOccurrences';

/** Every label of the speaker under `position`, in this transcript and in `others` (same key). */
export function references(
  current: TranscriptSource,
  position: Position,
  others: readonly TranscriptSource[],
  includeDeclaration: boolean,
): Location[] {
  const at = speakerAt(current.transcript, position);
  if (!at) return [];
  const declaration = includeDeclaration ? leadMentionRanges(current.transcript, at.key).slice(0, 1) : [];
  const labels = currentThenOthers(current, others).flatMap((source) =>
    labelNameRanges(source.transcript, at.key).map((range) => ({ uri: source.uri, range })),
  );
  return [...declaration.map((range) => ({ uri: current.uri, range })), ...labels];
}
