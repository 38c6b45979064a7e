// What the runner (scripts/run-e2e.mjs) tells the tests: the mode, a grep, the UI bridge, where to
// leave the result. A Node extension host inherits it as environment variables (STENOGRAM_E2E_*)
// from code-server or @vscode/test-electron. A browser's web worker extension host has no
// environment: there the runner writes the same names and values to e2e.json beside the workspace
// folder, and the web tests module loads it (loadRunnerFile) before any suite is read.
import * as vscode from 'vscode';

export type E2eVariable =
  | 'STENOGRAM_E2E_MODE'
  | 'STENOGRAM_E2E_GREP'
  | 'STENOGRAM_E2E_UI'
  | 'STENOGRAM_E2E_RESULT'
  | 'STENOGRAM_E2E_SABOTAGE'
  | 'STENOGRAM_E2E_INSTALLED_IN';

let fromRunnerFile: Record<string, string> | undefined;

export function e2eVariable(name: E2eVariable): string | undefined {
  if (fromRunnerFile) return fromRunnerFile[name];
  return typeof process === 'undefined' ? undefined : process.env[name];
}

/** A file beside the workspace folder (the runner's temporary folder): e2e.json, result.json. */
export function besideWorkspace(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('VS Code was opened without a workspace folder');
  return vscode.Uri.joinPath(folder.uri, '..', name);
}

/** Read e2e.json, which the runner writes for a web extension host. */
export async function loadRunnerFile(): Promise<void> {
  const bytes = await vscode.workspace.fs.readFile(besideWorkspace('e2e.json'));
  fromRunnerFile = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, string>;
}
