// textDocument/documentHighlight: on a label (or a speaker's name in the lead), the speaker's
// mentions in the lead and every label of theirs. The same name inside turn text is not one.
import { DocumentHighlightKind, type DocumentHighlight } from 'vscode-languageserver-types';
import { speakerAt, type Position, type Transcript } from '../transcript';
import { labelNameRanges, leadMentionRanges } from './speakerOccurrences';

export function documentHighlights(transcript: Transcript, position: Position): DocumentHighlight[] {
  const at = speakerAt(transcript, position);
  if (!at) return [];
  return [
    ...leadMentionRanges(transcript, at.key).map((range) => ({ range, kind: DocumentHighlightKind.Read })),
    ...labelNameRanges(transcript, at.key).map((range) => ({ range, kind: DocumentHighlightKind.Text })),
  ];
}
