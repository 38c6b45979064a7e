// The live preview's page: the body the server renders (`stenogram/preview`), its style, and the one
// script that syncs scrolling and reports clicks. No `vscode` import, so tests can read the page and
// run it in a browser.
//
// The page loads nothing: its Content-Security-Policy admits only the style block and the script
// that carry the nonce. The body is the server's escaped HTML, put in as it is (the client never
// parses); new bodies come by message and replace the old one in place, so the scroll position
// stays where the reader left it.
import { interpolate, type Block } from './previewScroll';
import { webviewPage } from './webviewPage';

export interface PreviewPage {
  /** Fresh for each page: the key of the style block and the script under the policy. */
  nonce: string;
  /** The server's body, or a notice the extension wrote (escaped). */
  html: string;
  /** The server's style sheet. */
  style: string;
  /** The page's language (`ru`, `en`). */
  language: string;
  title: string;
}

export function previewPage(page: PreviewPage): string {
  const { nonce, style, language, title } = page;
  return webviewPage({ nonce, style, language, title, body: `<div id="content">${page.html}</div>`, script: PREVIEW_SCRIPT });
}

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
interface ScriptHelpers {
  interpolate: typeof interpolate;
  measureBlocks: typeof measureBlocks;
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

/** Runs in the webview, from its source text: it may use only its argument and the page's globals,
 *  and names no function of its own (a bundler that keeps names would wrap it in a helper the page
 *  does not have); the helpers come in by their source too. */
function previewScript(helpers: ScriptHelpers): void {
  const page = globalThis as unknown as PreviewWindow;
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
      const { blocks, end } = helpers.measureBlocks(content, page);
      const top = Math.round(helpers.interpolate(blocks, message.line, end, 'line', 'top'));
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
      const { blocks, end } = helpers.measureBlocks(content, page);
      vscode.postMessage({ type: 'revealLine', line: Math.floor(helpers.interpolate(blocks, page.scrollY, end, 'top', 'line')) });
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

/** The script as the page runs it, with its helpers handed in by their source. */
export const PREVIEW_SCRIPT = `(${previewScript.toString()})({ interpolate: ${interpolate.toString()}, measureBlocks: ${measureBlocks.toString()} });`;
