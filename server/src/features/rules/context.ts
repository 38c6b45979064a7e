// What the rules read of the whole transcript, computed once per transcript and kept while an edit
// changes no label (`updateFindings` reuses it).
import { dominantForms, findUnrecognisedLabels, initialsStyle, malformedContext, nearMisses, timedTurns, traditionOf, type Transcript } from '../../transcript';
import type { FindingContext } from './rule';

export function findingContext(transcript: Transcript, initials: 'auto' | 'compact' | 'spaced'): FindingContext {
  return {
    initials: initialsConvention(transcript, initials),
    forms: dominantForms(transcript),
    nearMisses: new Map(nearMisses(transcript).map((n) => [n.speaker.key, n.candidates])),
    malformed: malformedContext(transcript),
    eol: transcript.eol,
    tradition: traditionOf(transcript),
    unrecognised: findUnrecognisedLabels(transcript),
    timed: timedTurns(transcript).map((t) => t.index),
  };
}

/** The initials style labels should follow: the setting, or what most labels of the file do. */
function initialsConvention(transcript: Transcript, setting: 'auto' | 'compact' | 'spaced'): 'compact' | 'spaced' | undefined {
  if (setting !== 'auto') return setting;
  let compact = 0;
  let spaced = 0;
  for (const turn of transcript.turns) {
    if (turn.label.form !== 'initials') continue;
    const style = initialsStyle(turn.label.name);
    if (style === 'compact') compact++;
    else if (style === 'spaced') spaced++;
  }
  if (compact === 0 && spaced === 0) return undefined;
  return spaced > compact ? 'spaced' : 'compact';
}
