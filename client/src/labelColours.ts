// Which colour each speaker label takes when `stenogram.speakerColors` is on: the n-th colour of the
// palette for the speaker the statistics rank n-th (the server's `rank`), so a label has its
// speaker's swatch of the statistics view. Speakers past the palette keep the theme's colours. No
// `vscode` import, so tests can read it.
import { PALETTE_SIZE, type SpeakerTreeItem } from '../../protocol';

type Range = SpeakerTreeItem['turns'][number]['range'];

/** The label ranges of each palette colour: `[ranges of colour 0, ranges of colour 1, …]`. */
export function labelRangesByColour(speakers: readonly SpeakerTreeItem[]): Range[][] {
  const out: Range[][] = Array.from({ length: PALETTE_SIZE }, () => []);
  for (const speaker of speakers) {
    if (speaker.rank >= 0 && speaker.rank < PALETTE_SIZE) out[speaker.rank].push(...speaker.turns.map((t) => t.range));
  }
  return out;
}
