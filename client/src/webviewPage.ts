// The page every Stenogram webview gets (the statistics view, the live preview): one style block and
// at most one script, each carrying the page's nonce, under a Content-Security-Policy that admits
// nothing else, so the page loads nothing and runs nothing it did not bring. No `vscode` import, so
// tests can read the pages.

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

/** Nothing but the nonce's style block and script. */
export function contentSecurityPolicy(nonce: string): string {
  return `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src data:;`;
}

const NONCE = /^[A-Za-z0-9+/=_-]{16,}$/;

export interface WebviewPage {
  /** Fresh for each page: the key of its style block and script under the policy. */
  nonce: string;
  /** A BCP 47 tag: the page's `lang`. */
  language: string;
  /** Text (escaped here). */
  title: string;
  style: string;
  /** HTML, put in as it is: the caller escapes what it puts in. */
  body: string;
  script?: string;
}

export function webviewPage(page: WebviewPage): string {
  if (!NONCE.test(page.nonce)) throw new Error('the nonce must be 16 or more base64 characters');
  const nonce = escapeHtml(page.nonce);
  // `</` cannot end the style block early: in CSS `<\/` reads as `</`.
  const style = page.style.replace(/<\//g, '<\\/');
  const script = page.script === undefined ? '' : `\n<script nonce="${nonce}">${page.script}</script>`;
  return `<!DOCTYPE html>
<html lang="${escapeHtml(page.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(page.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(page.title)}</title>
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
