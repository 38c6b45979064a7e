// Where a speaker occurs: their mention in the lead and the names of their labels, in one transcript
// or across several. Highlights, definition, references and rename start from the speaker under the
// cursor (`speakerAt`: a label, or a speaker's name in the lead) and read these.
import { findLeadMentions, type Range, type Transcript } from '../transcript';

/** A transcript with the URI it is read from: what the features that look across files take. */
export interface TranscriptSource {
  uri: string;
  transcript: Transcript;
}

/** The lead's mentions of the speaker (`Состоялась встреча Владимира Путина …`), in lead order. */
export function leadMentionRanges(transcript: Transcript, key: string): Range[] {
  return findLeadMentions(transcript)
    .filter((m) => m.key === key)
    .map((m) => m.range);
}

/** The name part of each of the speaker's labels (`В.Путин` of `В.Путин:`), in turn order. */
export function labelNameRanges(transcript: Transcript, key: string): Range[] {
  return (transcript.speakers.get(key)?.turns ?? []).map((i) => transcript.turns[i].label.nameRange);
}

/** `current` first, then the others without it: a list of the workspace's files may hold it again. */
export function currentThenOthers(current: TranscriptSource, others: readonly TranscriptSource[]): TranscriptSource[] {
  return [current, ...others.filter((o) => o.uri !== current.uri)];
}
