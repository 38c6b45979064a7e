// The live preview page's script, built on its own into dist/media/preview.js (esbuild.mjs) and
// loaded by the page from there (previewHtml.ts): it keeps the page's scroll in step with the editor
// and reports clicks on turns. It runs in the webview, not in the extension host: it may use only
// the page's globals, the webview's API and previewScroll.ts's pure functions.
import { interpolate, type Block } from './previewScroll';

/** What the script needs of the DOM and of the webview's API (the client compiles without the DOM
 *  library: these few members are all it uses). */
interface PreviewElement {
  dataset: Record<string, string | undefined>;
  innerHTML: string;
  getBoundingClientRect(): { top: number };
  querySelector(selector: string): PreviewElement | null;
  querySelectorAll(selector: string): Iterable<PreviewElement>;
  closest(selector: string): PreviewElement | null;
}
interface PreviewWindow {
  scrollY: number;
  document: { documentElement: { scrollHeight: number }; getElementById(id: string): PreviewElement | null };
  acquireVsCodeApi(): { postMessage(message: unknown): void };
  addEventListener(type: string, listener: (event: { data?: unknown; target?: unknown }) => void): void;
  scrollTo(x: number, y: number): void;
  requestAnimationFrame(callback: () => void): void;
  getSelection(): { isCollapsed: boolean } | null;
}

/** Where the page's blocks start now, and where it ends (`data-line-count`, the page's height). */
function measureBlocks(content: PreviewElement, page: PreviewWindow): { blocks: Block[]; end: Block } {
  const blocks: Block[] = [];
  for (const element of content.querySelectorAll('[data-line]')) {
    blocks.push({ line: Number(element.dataset.line), top: element.getBoundingClientRect().top + page.scrollY });
  }
  const count = Number(content.querySelector('[data-line-count]')?.dataset.lineCount ?? 0);
  return { blocks, end: { line: count, top: page.document.documentElement.scrollHeight } };
}

function previewScript(page: PreviewWindow): void {
  const vscode = page.acquireVsCodeApi();
  const content = page.document.getElementById('content');
  if (!content) return;
  /** The offset the script scrolled to itself: the scroll event it causes is not the reader's. */
  let ownScroll: number | undefined;
  let measuring = false;

  page.addEventListener('message', (event) => {
    const message = event.data as { type?: unknown; html?: unknown; line?: unknown } | undefined;
    if (message?.type === 'update' && typeof message.html === 'string') content.innerHTML = message.html;
    else if (message?.type === 'scrollToLine' && typeof message.line === 'number') {
      const { blocks, end } = measureBlocks(content, page);
      const top = Math.round(interpolate(blocks, message.line, end, 'line', 'top'));
      if (Math.abs(top - page.scrollY) < 1) return;
      ownScroll = top;
      page.scrollTo(0, top);
    }
  });
  page.addEventListener('scroll', () => {
    if (ownScroll !== undefined && Math.abs(page.scrollY - ownScroll) < 2) {
      ownScroll = undefined;
      return;
    }
    ownScroll = undefined;
    if (measuring) return;
    measuring = true;
    page.requestAnimationFrame(() => {
      measuring = false;
      const { blocks, end } = measureBlocks(content, page);
      vscode.postMessage({ type: 'revealLine', line: Math.floor(interpolate(blocks, page.scrollY, end, 'top', 'line')) });
    });
  });
  page.addEventListener('click', (event) => {
    const target = event.target as PreviewElement | undefined;
    // A link keeps its own meaning, and a click that ends a selection selects text.
    if (!target?.closest || target.closest('a') || page.getSelection()?.isCollapsed === false) return;
    const turn = target.closest('.turn[data-line]');
    if (turn) vscode.postMessage({ type: 'openLine', line: Number(turn.dataset.line) });
  });
  vscode.postMessage({ type: 'ready' });
}

previewScript(globalThis as unknown as PreviewWindow);
