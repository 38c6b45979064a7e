// The page every Stenogram webview gets (the statistics view, the live preview): the extension's own
// style sheets and at most one script of its own (files shipped once, media/statistics.css and
// dist/media/preview.js, addressed through the webview), and one style block made for the page,
// under a Content-Security-Policy that admits nothing else: style sheets from the webview's resource
// origin (`cspSource`, which each view's `localResourceRoots` keep to its one folder) or carrying the
// nonce, and only the script carrying the nonce. No `vscode` import, so tests can read the pages.

/** A page's nonce: 16 random bytes in hex, from Web Crypto, which the desktop's extension host and a
 *  browser's both have. */
export function scriptNonce(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Text as HTML that shows it as itself, in element content and in quoted attributes alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => {
    switch (c) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      default:
        return '&#39;';
    }
  });
}

/** The extension's style sheets and the nonce's style block; the nonce's script; nothing else. */
export function contentSecurityPolicy(nonce: string, cspSource: string): string {
  return `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src data:;`;
}

const NONCE = /^[A-Za-z0-9+/=_-]{16,}$/;
/** Source expressions of the policy, one or more: VS Code's `cspSource` is `https://*.vscode-cdn.net`,
 *  with the extension's own `https://…/` before it on vscode.dev and `'self'` in code-server. Nothing
 *  that could end one (`;`, `,`) and no quoted keyword but `'self'` (no `'unsafe-inline'`). */
const CSP_SOURCE = /^(?:'self'|[A-Za-z][A-Za-z0-9+.-]*:(?:\/\/)?[A-Za-z0-9*.:_~%/+@-]*)(?: (?:'self'|[A-Za-z][A-Za-z0-9+.-]*:(?:\/\/)?[A-Za-z0-9*.:_~%/+@-]*))*$/;

export interface WebviewPage {
  /** Fresh for each page: the key of its style block and script under the policy. */
  nonce: string;
  /** The webview's `cspSource`: the origin of the extension's files as the webview loads them. */
  cspSource: string;
  /** A BCP 47 tag: the page's `lang`. */
  language: string;
  /** Text (escaped here). */
  title: string;
  /** The extension's style sheets (`webview.asWebviewUri` of its files), in order. */
  styleSheets?: string[];
  /** A style block made for this page (the server's preview style, the speakers' colours). */
  style: string;
  /** HTML, put in as it is: the caller escapes what it puts in. */
  body: string;
  /** The page's script: the URI of a file in dist/media/, loaded with the nonce. */
  script?: string;
}

export function webviewPage(page: WebviewPage): string {
  if (!NONCE.test(page.nonce)) throw new Error('the nonce must be 16 or more base64 characters');
  if (!CSP_SOURCE.test(page.cspSource)) throw new Error(`not a source of a Content-Security-Policy: ${page.cspSource}`);
  const nonce = escapeHtml(page.nonce);
  // `</` cannot end the style block early: in CSS `<\/` reads as `</`.
  const style = page.style.replace(/<\//g, '<\\/');
  const sheets = (page.styleSheets ?? []).map((href) => `\n<link rel="stylesheet" href="${escapeHtml(href)}">`).join('');
  const script = page.script === undefined ? '' : `\n<script nonce="${nonce}" src="${escapeHtml(page.script)}"></script>`;
  return `<!DOCTYPE html>
<html lang="${escapeHtml(page.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(page.nonce, page.cspSource))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(page.title)}</title>${sheets}
<style nonce="${nonce}">
${style}
</style>
</head>
<body>
${page.body}${script}
</body>
</html>
`;
}
