// Scroll sync between the transcript's editor and its preview, as pure functions: the preview's
// blocks (header, sections, turns) carry the source line they start at (`data-line`), and a line
// between two blocks maps to the point between them in proportion, as Markdown's preview does.
// Line 17 of a turn that spans lines 12–21 shows halfway down that turn.
//
// `interpolate` runs inside the webview too (previewHtml.ts sends its source), so it is
// self-contained: it calls nothing but its arguments and Math.
//
// The messages between the extension and the webview, and the check of what the webview sends (a
// webview is a page: its messages are read as untrusted data).

/** Where a block of the preview starts: its source line (0-based) and its offset from the top of
 *  the page, in pixels. */
export interface Block {
  line: number;
  top: number;
}

/** `value` measured in `from` as the other measure `to`: the scroll offset that puts a source line
 *  at the top of the preview (`'line'` to `'top'`), or the source line at a scroll offset (`'top'` to
 *  `'line'`, fractional). Found between the blocks around it in proportion, from the top of the page
 *  (line 0, offset 0) to `end` (the line count, the page's height). `blocks` in document order. */
export function interpolate(blocks: readonly Block[], value: number, end: Block, from: keyof Block, to: keyof Block): number {
  let prev: Block = { line: 0, top: 0 };
  let next: Block = end;
  for (let i = 0; i < blocks.length; i++) {
    if (blocks[i][from] <= value) prev = blocks[i];
    else {
      next = blocks[i];
      break;
    }
  }
  if (next[from] <= prev[from]) return prev[to];
  const fraction = Math.min(1, Math.max(0, (value - prev[from]) / (next[from] - prev[from])));
  return prev[to] + fraction * (next[to] - prev[to]);
}

/** What the extension tells the webview: new content (kept at its scroll position), or a line to
 *  scroll to (the editor scrolled). */
export type ToWebview = { type: 'update'; html: string } | { type: 'scrollToLine'; line: number };

/** What the webview tells the extension: it has loaded (and wants the editor's line), the user
 *  scrolled it to a line, or clicked a turn starting at a line. */
export type FromWebview = { type: 'ready' } | { type: 'revealLine'; line: number } | { type: 'openLine'; line: number };

/** A message from the webview, or undefined for anything else: an unknown type, a line that is not
 *  a whole number from 0. */
export function readWebviewMessage(data: unknown): FromWebview | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, line } = data as { type?: unknown; line?: unknown };
  if (type === 'ready') return { type };
  if ((type === 'revealLine' || type === 'openLine') && typeof line === 'number' && Number.isSafeInteger(line) && line >= 0) return { type, line };
  return undefined;
}
