// The speakers' colours, one palette for every view of a transcript: the statistics view and the live
// preview inside VS Code (the theme's own colours, as CSS variables) and the exported HTML page
// (VS Code's default Light+ and Dark+ values of those variables, for a browser that has no theme).
// Speakers are ranked as the statistics rank them (most words first, then first to speak), and the
// n-th speaker takes the n-th colour, so one speaker has one colour in the view and on the page.

export interface SpeakerColour {
  /** The theme colour inside VS Code: `--vscode-charts-blue`. */
  variable: string;
  /** Its default value in VS Code's light and dark themes, for a page outside VS Code. */
  light: string;
  dark: string;
}

/** The chart colours first, then terminal colours the themes also set. */
export const SPEAKER_PALETTE: readonly SpeakerColour[] = [
  { variable: '--vscode-charts-blue', light: '#1a85ff', dark: '#3794ff' },
  { variable: '--vscode-charts-orange', light: '#d18616', dark: '#d18616' },
  { variable: '--vscode-charts-green', light: '#388a34', dark: '#89d185' },
  { variable: '--vscode-charts-purple', light: '#652d90', dark: '#b180d7' },
  { variable: '--vscode-charts-red', light: '#e51400', dark: '#f14c4c' },
  { variable: '--vscode-charts-yellow', light: '#bf8803', dark: '#cca700' },
  { variable: '--vscode-terminal-ansiCyan', light: '#0598bc', dark: '#11a8cd' },
  { variable: '--vscode-terminal-ansiMagenta', light: '#bc05bc', dark: '#bc3fbc' },
  { variable: '--vscode-terminal-ansiBrightGreen', light: '#14ce14', dark: '#23d18b' },
  { variable: '--vscode-terminal-ansiBrightBlue', light: '#0451a5', dark: '#3b8eea' },
];

/** Distinct speaker colours; speakers past these share the "other" colour. */
export const PALETTE_SIZE = SPEAKER_PALETTE.length;

/** The class of the speaker ranked `index` (0-based): `sp0` … `sp9`, then `sp-other`. */
export function speakerColourClass(index: number): string {
  return index >= 0 && index < PALETTE_SIZE ? `sp${index}` : 'sp-other';
}
