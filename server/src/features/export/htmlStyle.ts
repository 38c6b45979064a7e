// The style of the HTML export and of the live preview: one layout, two sets of colours. The page
// carries its own colours, light and dark after the reader's system (`prefers-color-scheme`), and
// prints in black on white; the preview takes its colours from the VS Code theme (its CSS
// variables). Speakers' colours are the palette's in both (protocol/palette.ts: one set, told apart
// by colour-blind readers, on light and dark backgrounds).
import { SPEAKER_PALETTE } from '../../../../protocol';

/** What the two flavours share: sizes, spacing, which text is muted, and the colour bar of a turn. */
const LAYOUT = `
body { margin: 0 auto; max-width: 46em; padding: 1em 1.25em 3em; line-height: 1.55; color: var(--fg); background: var(--bg); }
h1 { font-size: 1.6em; line-height: 1.25; margin: 0.6em 0 0.3em; }
h2 { font-size: 1.2em; line-height: 1.3; margin: 1.6em 0 0.6em; }
a { color: var(--link); }
.meta, .who, .numbers, .note, .time, .insertion, .remark, .omission, .source { color: var(--muted); }
.lead p { font-size: 1.05em; }
.speakers ul { list-style: none; padding: 0; }
.speakers li { margin: 0.2em 0; }
.speakers .name { font-weight: 600; }
.swatch { display: inline-block; width: 0.7em; height: 0.7em; margin-right: 0.5em; border-radius: 2px; background: var(--speaker); }
.contents ol { padding-left: 1.5em; }
.turn { margin: 0.9em 0; padding-left: 0.8em; border-left: 3px solid var(--speaker); }
.turn p { margin: 0.35em 0; }
.label { font-weight: 600; color: inherit; text-decoration: none; }
.remark { font-style: italic; }
.separator { border: none; text-align: center; margin: 1.5em 0; }
.separator::after { content: "* * *"; color: var(--muted); }
.sp-other { --speaker: var(--muted); }`;

const SPEAKER_COLOURS = SPEAKER_PALETTE.map(({ colour }, i) => `.sp${i} { --speaker: ${colour}; }`).join('\n');

/** The exported page's style, in the order the cascade needs: light, then dark, then print. */
export const PAGE_STYLE = `
:root { color-scheme: light dark; --fg: #1f1f1f; --bg: #ffffff; --muted: #5f5f5f; --link: #0b5cad; --target: #fff3c4;
  font-family: -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif; }
${LAYOUT.trim()}
a.label:hover { text-decoration: underline; }
.turn:target { background: var(--target); }
${SPEAKER_COLOURS}
@media (prefers-color-scheme: dark) {
:root { --fg: #d4d4d4; --bg: #1e1e1e; --muted: #a0a0a0; --link: #4daafc; --target: #3d3a22; }
}
@media print {
:root { color-scheme: light; --fg: #000000; --bg: #ffffff; --muted: #333333; --link: #000000; --target: transparent; font-size: 11pt; }
body { max-width: none; padding: 0; }
.contents, .swatch { display: none; }
a { text-decoration: none; }
.turn { border-left-color: #999999; }
h1, h2, .turn > p:first-child { break-after: avoid; }
p, li { orphans: 3; widows: 3; }
.speakers li { break-inside: avoid; }
}
`;

/** `'sha256-…'` of PAGE_STYLE, for the page's Content-Security-Policy; a test checks it, and says the
 *  new value when the style changes. */
export const PAGE_STYLE_HASH = 'sha256-Cg/NHut8UZMdbH4s+zxaUleraBZIKxIK9R9IqLuWZ/g=';

/** The preview's style, inside VS Code's webview: the theme's colours and font. */
export const PREVIEW_STYLE = `
:root { --fg: var(--vscode-editor-foreground); --bg: var(--vscode-editor-background); --muted: var(--vscode-descriptionForeground);
  --link: var(--vscode-textLink-foreground); font-family: var(--vscode-font-family); }
body { font-size: calc(var(--vscode-font-size, 13px) * 1.1); }
${LAYOUT.trim()}
.turn { cursor: pointer; }
.turn:hover { background: var(--vscode-list-hoverBackground); }
${SPEAKER_COLOURS}
`;
