// Markdown (CommonMark): the title as a heading, the date and place in italics, the lead, a heading
// per section, and each turn a paragraph opening with its label in bold:
//
//   **В.Путин:** Добрый день, уважаемые друзья!
//
// Text from the transcript is escaped so that it renders as itself: a label `<img onerror=…>` or a
// line `# 1` stays text, never markup.
import type { ExportDocument, Paragraph } from './exportDocument';

/** CommonMark's inline specials, escaped wherever they stand. */
const INLINE_SPECIALS = /[\\`*_[\]<>&|~]/g;

/** Escape `text` for a Markdown paragraph: inline specials anywhere, and what would open a block at
 *  the start of a line (`#`, `>`, `-`, `+`, `=`, `1.`, `1)`). */
export function escapeMarkdownText(text: string): string {
  const inline = text.replace(INLINE_SPECIALS, (c) => (c === '&' ? '&amp;' : `\\${c}`));
  return inline.replace(/^(\s*)([#+=-]|\d+(?=[.)]))/, (_, space: string, head: string) => (/\d/.test(head) ? `${space}${head}\\` : `${space}\\${head}`));
}

/** An omission as its meaning, `<…>`, whichever way the file writes it (`&lt;…&gt;` is the print
 *  version's); every other piece as written. */
function paragraphText(paragraph: Paragraph): string {
  return escapeMarkdownText(paragraph.map((piece) => (piece.kind === 'mark' && piece.mark === 'omission' ? '<…>' : piece.text)).join(''));
}

export function toMarkdown(document: ExportDocument): string {
  const blocks: string[] = [];
  if (document.title) blocks.push(`# ${escapeMarkdownText(document.title)}`);
  const when = [document.date?.text, document.place].filter((s): s is string => !!s).map(escapeMarkdownText);
  if (when.length > 0) blocks.push(`*${when.join(' · ')}*`);
  for (const p of document.lead) blocks.push(paragraphText(p));
  for (const section of document.sections) {
    if (section.heading) blocks.push(`## ${escapeMarkdownText(section.heading)}`);
    else if (section.turns.length > 0 && section !== document.sections[0]) blocks.push('* * *');
    for (const p of section.narration) blocks.push(paragraphText(p));
    for (const turn of section.turns) {
      const time = turn.time ? `[${escapeMarkdownText(turn.time.text)}] ` : '';
      const [first, ...rest] = turn.paragraphs;
      blocks.push(`**${time}${escapeMarkdownText(turn.label)}:**${first ? ` ${paragraphText(first)}` : ''}`);
      for (const p of rest) blocks.push(paragraphText(p));
    }
  }
  if (document.source) blocks.push(`<${document.source.replace(/[<>\s]/g, encodeURIComponent)}>`);
  return `${blocks.join('\n\n')}\n`;
}
