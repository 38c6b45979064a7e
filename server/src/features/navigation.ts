// Turn navigation and the speakers tree, served to the client by custom requests (the client
// never parses): `stenogram/turnNavigation` and `stenogram/speakers`.
import type { SpeakerTreeItem, TurnNavigationParams } from '../../../protocol';
import { findTurnBefore, speakersByWords, type Range, type Transcript } from '../transcript';
import { turnDetail } from './symbols';

/** Where the next (or previous) turn's label is, or null at the end. "Previous" from inside a turn
 *  goes to that turn's own label first, as Ctrl+Up goes to the start of a paragraph. */
export function navigateTurns(transcript: Transcript, params: TurnNavigationParams): Range | null {
  const line = params.position.line;
  const here = findTurnBefore(transcript, line);
  const key = params.sameSpeaker ? here?.label.key : undefined;
  if (params.sameSpeaker && !key) return null;
  const turns = transcript.turns;
  if (params.direction === 'next') {
    for (let i = here ? here.index + 1 : 0; i < turns.length; i++) {
      if (!key || turns[i].label.key === key) return turns[i].label.range;
    }
    return null;
  }
  const { character } = params.position;
  for (let i = here ? here.index : -1; i >= 0; i--) {
    // From the text of a label line, that turn's own label; from the label itself, the turn before.
    const { start, end } = turns[i].label.range;
    const before = start.line < line || (start.line === line && character > end.character);
    if (before && (!key || turns[i].label.key === key)) return turns[i].label.range;
  }
  return null;
}

/** Speakers in order of first appearance, each with its rank by words (their colour) and its turns. */
export function speakersTree(transcript: Transcript): SpeakerTreeItem[] {
  const rank = new Map(speakersByWords(transcript).map((s, i) => [s.key, i]));
  return [...transcript.speakers.values()].map((s) => ({
    key: s.key,
    name: s.displayName,
    isRole: s.isRole,
    words: s.words,
    share: transcript.words > 0 ? s.words / transcript.words : 0,
    rank: rank.get(s.key) ?? -1,
    turns: s.turns.map((i) => {
      const turn = transcript.turns[i];
      return { range: turn.label.range, label: turn.label.text, detail: turnDetail(turn) };
    }),
  }));
}
