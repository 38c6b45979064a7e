// The order of the Speakers view (`stenogram.speakers.sortBy`): as they first speak (the server's
// order), by turns or by words, most first. No `vscode` import, so tests can sort.
import type { SpeakerTreeItem } from '../../protocol';

export const SPEAKER_ORDERS = ['appearance', 'turns', 'words'] as const;
export type SpeakerOrder = (typeof SPEAKER_ORDERS)[number];

/** The setting's value as an order: anything else (a typo in settings.json) is `appearance`. */
export function speakerOrderOf(value: unknown): SpeakerOrder {
  return SPEAKER_ORDERS.find((order) => order === value) ?? 'appearance';
}

/** `speakers` (in order of first appearance) in `order`; ties keep the order of appearance. */
export function sortSpeakers(speakers: readonly SpeakerTreeItem[], order: SpeakerOrder): SpeakerTreeItem[] {
  const sorted = [...speakers];
  if (order === 'turns') sorted.sort((a, b) => b.turns.length - a.turns.length || b.words - a.words);
  if (order === 'words') sorted.sort((a, b) => b.words - a.words || b.turns.length - a.turns.length);
  return sorted;
}
