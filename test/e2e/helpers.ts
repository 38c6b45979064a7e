// What the e2e suites share: the fixture workspace, the extension, cursor markers, waiting for
// diagnostics, and the runner's UI bridge. Everything goes through the `vscode` API.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { e2eVariable } from './environment';

export const EXTENSION_ID = 'stenogram.stenogram';

/** How long an awaited event may take before the test fails saying what it waited for. Not a
 *  delay: every wait ends as soon as its event arrives. */
const EVENT_DEADLINE_MS = 20_000;

export function extension(): vscode.Extension<unknown> {
  const found = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(found, `${EXTENSION_ID} is not installed in this VS Code`);
  return found;
}

/** The runner opens a temporary copy of test/e2e/fixtures as the one workspace folder. */
export function fixtureUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'VS Code was opened without a workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openFixture(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(name));
  return vscode.window.showTextDocument(document, { preview: false });
}

/** Puts back the saved text of every fixture a test edited, and closes the editors. */
export async function revertAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/**
 * The position of `|` in `marked`, a piece of the document's text with a cursor marker in it:
 * `at(doc, 'С.Лав|ров:')`. The piece must occur once.
 */
export function at(document: vscode.TextDocument, marked: string): vscode.Position {
  const bar = marked.indexOf('|');
  assert.ok(bar >= 0 && marked.indexOf('|', bar + 1) < 0, `one | in ${JSON.stringify(marked)}`);
  const piece = marked.slice(0, bar) + marked.slice(bar + 1);
  const text = document.getText();
  const found = text.indexOf(piece);
  assert.ok(found >= 0, `${JSON.stringify(piece)} is not in ${document.uri.path}`);
  assert.ok(text.indexOf(piece, found + 1) < 0, `${JSON.stringify(piece)} occurs more than once in ${document.uri.path}`);
  return document.positionAt(found + bar);
}

/** `line:character-line:character`, zero-based as in the API: how ranges are written in expectations. */
export function rangeText(range: vscode.Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** Resolves with the first value of `probe` that passes `accept`, asking again on each `event`. */
export async function when<T>(
  what: string,
  event: vscode.Event<unknown>,
  probe: () => T | Thenable<T>,
  accept: (value: T) => boolean,
  show: (value: T | undefined) => unknown = (value) => value,
): Promise<T> {
  let last: T | undefined;
  let subscription: vscode.Disposable | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await new Promise<T>((resolve, reject) => {
      const check = async (): Promise<void> => {
        try {
          last = await probe();
          if (accept(last)) resolve(last);
        } catch (error) {
          reject(error);
        }
      };
      subscription = event(() => void check());
      timer = setTimeout(
        () => reject(new Error(`timed out waiting for ${what}; last seen: ${JSON.stringify(show(last), null, 1)}`)),
        EVENT_DEADLINE_MS,
      );
      void check();
    });
  } finally {
    subscription?.dispose();
    if (timer) clearTimeout(timer);
  }
}

/** An event every `ms` milliseconds, for states that no event announces (an extension's activation). */
export function ticks(ms = 50): vscode.Event<void> {
  return (listener) => {
    const timer = setInterval(() => listener(), ms);
    return new vscode.Disposable(() => clearInterval(timer));
  };
}

/** The document's diagnostics once `accept` takes them (they arrive as the server publishes). */
export function diagnosticsWhen(
  uri: vscode.Uri,
  what: string,
  accept: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
): Promise<readonly vscode.Diagnostic[]> {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  return when(
    `diagnostics of ${uri.path.split('/').pop()}: ${what}`,
    vscode.languages.onDidChangeDiagnostics,
    () => vscode.languages.getDiagnostics(uri),
    accept,
    (seen) => (document && seen ? describeDiagnostics(document, seen) : seen),
  );
}

/** The Stenogram diagnostics of a document as `code severity range «covered text»` lines, in order. */
export function describeDiagnostics(document: vscode.TextDocument, diagnostics: readonly vscode.Diagnostic[]): string[] {
  return [...diagnostics]
    .filter((d) => d.source === 'stenogram')
    .sort((a, b) => a.range.start.compareTo(b.range.start) || codeOf(a).localeCompare(codeOf(b)))
    .map((d) => `${codeOf(d)} ${vscode.DiagnosticSeverity[d.severity]} ${rangeText(d.range)} «${document.getText(d.range)}»`);
}

export function codeOf(diagnostic: vscode.Diagnostic): string {
  const { code } = diagnostic;
  if (code === undefined) return '';
  return typeof code === 'object' ? String(code.value) : String(code);
}

/** Hover contents as plain text (markdown left as it is). */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n---\n');
}

/**
 * Asks the runner (scripts/run-e2e.mjs) to look at the workbench through the browser: the Outline
 * view, the Problems panel, the token inspector. Undefined where no runner serves that bridge (the
 * @vscode/test-electron route has no browser to look through). Asked with fetch, which a Node
 * extension host and a browser's web worker host both have.
 */
export const uiBridge = e2eVariable('STENOGRAM_E2E_UI');

export async function askUi<T>(check: string, args: Record<string, unknown>): Promise<T> {
  assert.ok(uiBridge, 'no UI bridge (STENOGRAM_E2E_UI)');
  const response = await fetch(`${uiBridge}/${check}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ check, ...args }),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`UI check ${check} failed: ${text}`);
  return JSON.parse(text) as T;
}

/** Untitled documents are closed without the save prompt. */
export async function closeUntitled(): Promise<void> {
  for (const editor of vscode.window.visibleTextEditors) {
    if (!editor.document.isUntitled) continue;
    await vscode.window.showTextDocument(editor.document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await revertAll();
}
