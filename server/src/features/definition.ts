// textDocument/definition: from a label (or a speaker's name in the lead), the speaker's first
// appearance in the file.
import type { Location } from 'vscode-languageserver-types';
import { speakerAt, type Position, type Transcript } from '../transcript';
import { labelNameRanges, leadMentionRanges } from './speakerOccurrences';

/** The speaker's first appearance: their mention in the lead, or else their first turn. */
export function definition(transcript: Transcript, uri: string, position: Position): Location | undefined {
  const at = speakerAt(transcript, position);
  if (!at) return undefined;
  const range = leadMentionRanges(transcript, at.key)[0] ?? labelNameRanges(transcript, at.key)[0];
  return range && { uri, range };
}
