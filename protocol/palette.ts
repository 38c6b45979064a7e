// The speakers' colours, one palette for every view of a transcript: the statistics view, the live
// preview, the exported HTML page and the editor's opt-in label colours (`stenogram.speakerColors`).
// Speakers are ranked as the statistics rank them (most words first, then first to speak), and the
// n-th speaker takes the n-th colour, so one speaker has one colour everywhere.
//
// The colours are Okabe and Ito's palette for colour-blind readers ("Color Universal Design", 2008),
// its seven colours without black: told apart with protanopia, deuteranopia and tritanopia as well as
// with normal vision (test/unit/palette.test.ts measures it), on light and dark backgrounds alike.
// They are fixed, not the theme's chart colours: a theme's orange, yellow and red are one colour to a
// reader without red–green vision.

export interface SpeakerColour {
  /** The colour's name in the palette. */
  name: string;
  /** `#RRGGBB`. */
  colour: string;
}

/** In the order speakers take them: the first colours are the most apart. */
export const SPEAKER_PALETTE: readonly SpeakerColour[] = [
  { name: 'blue', colour: '#0072B2' },
  { name: 'orange', colour: '#E69F00' },
  { name: 'bluish green', colour: '#009E73' },
  { name: 'reddish purple', colour: '#CC79A7' },
  { name: 'sky blue', colour: '#56B4E9' },
  { name: 'vermillion', colour: '#D55E00' },
  { name: 'yellow', colour: '#F0E442' },
];

/** Distinct speaker colours; speakers past these share the "other" colour (the theme's muted text). */
export const PALETTE_SIZE = SPEAKER_PALETTE.length;

/** The class of the speaker ranked `index` (0-based): `sp0` … `sp6`, then `sp-other`. */
export function speakerColourClass(index: number): string {
  return index >= 0 && index < PALETTE_SIZE ? `sp${index}` : 'sp-other';
}
