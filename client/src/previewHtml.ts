// The live preview's page: the body the server renders (`stenogram/preview`), its style, and the
// script that syncs scrolling and reports clicks (previewScript.ts, built into dist/media/preview.js).
// No `vscode` import, so tests can read the page and run it in a browser.
//
// The page loads nothing but its own script: its Content-Security-Policy admits the style block and
// the script that carry the nonce (webviewPage.ts). The body is the server's escaped HTML, put in as
// it is (the client never parses); new bodies come by message and replace the old one in place, so
// the scroll position stays where the reader left it.
import { webviewPage } from './webviewPage';

/** The script's file, under the extension's folder. */
export const PREVIEW_SCRIPT_PATH = ['dist', 'media', 'preview.js'] as const;

export interface PreviewPage {
  /** Fresh for each page: the key of the style block and the script under the policy. */
  nonce: string;
  /** The webview's `cspSource`. */
  cspSource: string;
  /** dist/media/preview.js as the webview addresses it (`webview.asWebviewUri`). */
  script: string;
  /** The server's body, or a notice the extension wrote (escaped). */
  html: string;
  /** The server's style sheet. */
  style: string;
  /** The page's language (`ru`, `en`). */
  language: string;
  title: string;
}

export function previewPage(page: PreviewPage): string {
  const { nonce, cspSource, script, style, language, title } = page;
  return webviewPage({ nonce, cspSource, style, language, title, body: `<div id="content">${page.html}</div>`, script });
}
